// The syntax of a Compass plan. Every alternative the AST builder reads has a #label; meaning
// lives in Java (interpreter/syntax), never in actions here.
parser grammar CompassParser;

options { tokenVocab = CompassLexer; }

// ---- entry rules -------------------------------------------------------------------------

planFile: NEWLINE* (planHeader | declaration)* EOF;

/** One expression on its own (the REPL, tests). */
singleExpression: expr NEWLINE* EOF;

// ---- plan header --------------------------------------------------------------------------

planHeader: PLAN STRING_LIT (VERSION version=literalText)? (NEWLINE INDENT setting+ DEDENT | NEWLINE);

literalText: NUMBER_LIT | STRING_LIT | name;

/** How often the plan pays: `monthly`, `weekly`, `every two weeks` (issue 15.5). */
payFrequency: name+;

setting
  : CURRENCY code=name NEWLINE                                     #currencySetting
  | FISCAL YEAR STARTS month=name NEWLINE                          #fiscalYearSetting
  | PAYS frequency=payFrequency NEWLINE                                   #paysSetting
  | EFFECTIVE from=DATE_LIT TO to=DATE_LIT NEWLINE                 #effectiveSetting
  | ROUNDING roundingMode=name NEWLINE                                     #roundingSetting
  /** Issue 16: when prior-period adjustments are paid: `paid next period` or `held to year end`. */
  | ADJUSTMENTS timing=payFrequency NEWLINE                              #adjustmentsSetting
  ;

// ---- declarations -------------------------------------------------------------------------

declaration
  : STAGES name (COMMA name)* (WITH WIN RATES winRate (COMMA winRate)*)? NEWLINE  #stagesDecl
  /** Issue 18: how far an open deal's close date may slip in a forecast: `close dates slip 0 to 30 days`. */
  | CLOSE DATES SLIP slip (COMMA slip)* NEWLINE                       #slipDecl
  | INPUT table=name FROM file=STRING_LIT inputOption* inputBody   #inputDecl
  | IMPORT file=STRING_LIT NEWLINE                                 #importDecl
  | EXTENDS file=STRING_LIT NEWLINE                                #extendsDecl
  | CREDIT table=name (WHERE filter=expr)? creditTargets (ON date=name)? rollUp?
      (AS alias=name)? NEWLINE                                      #creditDecl
  | EVERYONE IN table=name DOT column=name IS ROLE? roleName NEWLINE  #everyoneDecl
  | CONVERT table=name WITH fx=name (USING currencyField=name)? (ON date=name)? NEWLINE   #convertDecl
  | PAY PARTICIPANTS IN currencyField=name USING fx=name ON PAYMENT DATE
      (PAID lag=expr AFTER PERIOD END)? NEWLINE                     #payInDecl
  | WHEN subject=name IS value=expr THEN target=name EQ replacement=expr NEWLINE    #whenDecl
  | RAMP NEW HIRES expr (COMMA expr)* NEWLINE                       #rampDecl
  | DRAW amount=expr drawKind (PAID IN ADVANCE)? (RECOVERY CAP recoveryCap=expr)?
      (yearEnd=(FORGIVEN | CARRIED) AT YEAR END)? roleFilter? NEWLINE  #drawDecl
  | CLAWBACK (rate=PERCENT_LIT OF)? (name | DEALS)*? (WITHIN window=expr)? (BEFORE? LEAVING)?
      ON date=name (PRORATED BY term=name)? (WHERE filter=expr)?
      (NEWLINE | BY MONTHS SERVED COLON NEWLINE INDENT clawbackBand+ DEDENT)  #clawbackDecl
  | OVERRIDE target=name FOR overrideWho (FROM from=DATE_LIT)? EQ value=expr NEWLINE  #overrideDecl
  | OVERRIDE TIERS OF title=STRING_LIT FOR overrideWho (FROM from=DATE_LIT)? COLON
      NEWLINE INDENT band+ DEDENT                                   #tiersOverrideDecl
  | BUDGET budgeted=name BY teamField=name FROM budgets=name (AGAINST against=primary)?
      SCALED PRO RATA COMMA? REMAINDER TO remainderRule=name NEWLINE    #budgetDecl
  | COMPONENT title=STRING_LIT componentHeader* COLON NEWLINE INDENT step+ DEDENT  #componentDecl
  | TEST title=STRING_LIT COLON NEWLINE INDENT testClause+ DEDENT  #testDecl
  | defName=name EQ curve                                          #curveDecl
  | defName=name EQ expr NEWLINE                                   #definitionDecl
  ;

creditTargets
  : TO creditTarget (COMMA creditTarget)* OVERLAY?                 #fieldTargets
  | SPLIT BY splits=name                                           #tableTargets
  ;

creditTarget: person=name (SHARE share=expr)?;

rollUp: ROLL UP (ONE LEVEL | ALL LEVELS) (THROUGH lineTable=name DOT lineField=name)?;

drawKind: RECOVERABLE | NONRECOVERABLE;

roleFilter: FOR ROLE? roleName (COMMA roleName)*;

overrideWho: ROLE roleName | TEAM roleName | roleName;

/** How a table is read: a workbook's sheet, the fields that key it, the dates a row is in force. */
inputOption
  : SHEET sheet=STRING_LIT                                         #sheetOption
  | KEY name (COMMA name)* OPTIONAL?                               #keyOption
  | VALID FROM validFrom=name (TO validTo=name)?                   #validOption
  ;

inputBody: COLON NEWLINE INDENT field+ DEDENT | NEWLINE;

field: fieldName=name COLON typeName=name (IGNORING CASE)? (FROM column=STRING_LIT)? OPTIONAL? NEWLINE;

componentHeader
  : roleFilter                                                     #roleHeader
  | CUMULATIVE OVER YEAR                                           #cumulativeHeader
  ;

roleName: name | STRING_LIT;

// ---- tests: data written inline (or a CSV beside the plan) and the values expected ----------

testClause
  : table=name COLON NEWLINE INDENT testRow+ DEDENT                #rowsClause
  | table=name COLON testRow                                       #rowClause
  | table=name FROM file=STRING_LIT NEWLINE                        #fileClause
  | EXPECT subject=primary EQ expected=expr NEWLINE                #expectClause
  ;

/** One row of a table: cells in the declared field order, or `field value` pairs. */
testRow: testCell (COMMA? testCell)* NEWLINE;

testCell: MINUS? (NUMBER_LIT | PERCENT_LIT) | DATE_LIT | PERIOD_LIT | STRING_LIT | TRUE | FALSE | name;

// ---- component steps, applied in the order written (SEMANTICS 8) ----------------------------

step
  : tierMode TIERS ON base=expr (AGAINST against=expr)? (APPLIED TO applied=expr)? (PER rowUnit)?
      (STRADDLE straddle=name)? NEWLINE INDENT band+ DEDENT        #tiersStep
  | PAY amount=expr (PER rowUnit)? (WHERE filter=expr)? (IF condition=expr)? NEWLINE  #payStep
  | CAP limit=expr NEWLINE                                         #capStep
  | FLOOR minimum=expr NEWLINE                                     #floorStep
  | GATE condition=expr NEWLINE                                    #gateStep
  | MULTIPLY BY factor=expr (WHERE filter=expr)? NEWLINE           #multiplyStep
  | PAY OUT payoutPart (COMMA payoutPart)* NEWLINE                 #payoutStep
  | PAY OUT AS COLLECTED BY payments=name NEWLINE                  #collectedStep
  | FROM POOL amount=primary (PER unit=periodUnit)? IN order=name ORDER NEWLINE  #poolStep
  ;

payoutPart: share=expr ON when=expr;

/** What a component pays per: a row of a credit source (`deal`, `meeting`: the source's name or its singular). */
rowUnit: DEAL | DEALS | IDENT;

tierMode: MARGINAL | RETROACTIVE | INTERPOLATED | MIXED;

/** A band of a clawback schedule by whole months served: `from 3 to 6 months reverse 50%`. */
clawbackBand: FROM lower=expr (TO upper=expr)? REVERSE share=expr NEWLINE;

/**
 * One band. `per deal` after the pay makes it an amount per unit of a count (`pay 250 per deal`);
 * a mode at the end (`pay 3% retroactive`) is how a band of `mixed` tiers pays.
 */
band: (FROM | ABOVE) lower=expr (TO upper=expr)? PAY rate=expr (PER unit=rowUnit)? bandMode=tierMode? NEWLINE;

curve: CURVE ON subject=expr EXTRAPOLATE? COLON NEWLINE INDENT curvePoint+ DEDENT;

curvePoint: x=expr ARROW y=expr NEWLINE;

// ---- expressions: one left-recursive rule, tighter binding first ----------------------------

expr
  : primary                                                        #primaryExpr
  | value=expr YEAR TO DATE                                        #yearToDateExpr
  | value=expr TRAILING count=NUMBER_LIT unit=name                 #trailingExpr
  | MINUS operand=expr                                             #negateExpr
  | left=expr op=(STAR | X | SLASH) right=expr                     #multiplyExpr
  | left=expr OF right=expr                                        #ofExpr
  | left=expr op=(PLUS | MINUS) right=expr                         #addExpr
  | value=expr PER unit=periodUnit (SPREAD BY DAYS)?                                #perExpr
  | left=expr op=(LT | LE | GT | GE | EQ | NE) right=expr          #compareExpr
  | left=expr IS NOT? right=expr                                   #isExpr
  | left=expr WITHIN count=NUMBER_LIT durationUnit OF start=expr     #withinExpr
  | left=expr NOT? IN DAYS from=NUMBER_LIT DOTDOT to=NUMBER_LIT OF start=expr  #daysExpr
  | left=expr (IS NOT? | NOT)? IN right=expr                       #inExpr
  | table=name VALID ON date=expr                                  #validOnExpr
  | NOT operand=expr                                               #notExpr
  | left=expr AND right=expr                                       #andExpr
  | left=expr OR right=expr                                        #orExpr
  | IF condition=expr THEN then=expr ELSE otherwise=expr           #ifExpr
  ;

primary
  : NUMBER_LIT currencyCode=IDENT?                                 #numberLiteral
  | NUMBER_LIT durationUnit                                        #durationLiteral
  | PERCENT_LIT                                                    #percentLiteral
  | DATE_LIT                                                       #dateLiteral
  | PERIOD_LIT                                                     #periodLiteral
  | STRING_LIT                                                     #stringLiteral
  | (TRUE | FALSE)                                                 #boolLiteral
  | SUM OF value=measureValue (WHERE filter=expr)?                 #sumExpr
  | COUNT OF? source=name (WHERE filter=expr)?                      #countExpr
  | AVERAGE OF value=measureValue (WHERE filter=expr)?             #averageExpr
  | TEAM member=name                                               #teamExpr
  | FULL fieldName=name                                            #fullExpr
  | FIRST row=name OF fieldName=name                               #firstOfExpr
  | table=name LPAREN expr (COMMA expr)* RPAREN DOT fieldName=name  #lookupExpr
  | function=name LPAREN (expr (COMMA expr)*)? RPAREN              #callExpr
  | table=name DOT fieldName=name                                  #fieldExpr
  | name                                                           #nameExpr
  | LPAREN expr RPAREN                                             #parenExpr
  | LPAREN expr (COMMA expr)+ RPAREN                               #setLiteral
  ;

/**
 * What `sum of` and `average of` add up: one term (a product such as `10% of amount` or
 * `amount * rate`, `amount of SOURCE`, `if ... then ... else ...`); `+` and `-` end the
 * measure, so `sum of gross - sum of cost` is a difference of two sums. Precedence as in expr.
 */
measureValue
  : primary                                                        #measurePrimary
  | MINUS operand=measureValue                                     #measureNegate
  | left=measureValue op=(STAR | X | SLASH) right=measureValue     #measureMultiply
  | left=measureValue OF right=measureValue                        #measureOf
  | IF condition=expr THEN then=expr ELSE otherwise=measureValue   #measureIf
  ;

/** A stage's win probability, for `compass forecast`: `demonstration 40%`. */
winRate: stage=name rate=PERCENT_LIT;

/** A range of whole days a close date slips, of every open stage or of one: `prospecting 0 to 90 days`. */
slip: (stage=name)? from=slipDays TO to=slipDays DAYS;

/** A signed number of days, so that a negative one is reported by the checker, with its position. */
slipDays: MINUS? NUMBER_LIT;

periodUnit: MONTH | QUARTER | HALF | YEAR | PERIOD | WEEK;

durationUnit: DAYS | DAY | MONTHS | MONTH | YEARS | YEAR;

/** A name; most keywords are soft, so they may name a definition or a data column too. */
name
  : IDENT | VERSION | CURRENCY | FISCAL | YEAR | YEARS | STARTS | PAYS | EFFECTIVE | ROUNDING
  | STAGES | INPUT | OPTIONAL | ROLE | CUMULATIVE | OVER | MARGINAL | RETROACTIVE
  | INTERPOLATED | MIXED | TIERS | AGAINST | APPLIED | STRADDLE | ABOVE | FLOOR | GATE | MULTIPLY | DEAL | DEALS
  | COUNT | AVERAGE | SUM | CURVE | EXTRAPOLATE | MONTH | MONTHS | QUARTER | HALF | PERIOD | DAYS
  | DAY | CAP | PAY | TEAM | CREDIT | COMPONENT | PLAN | WHEN | ON | BY | TO
  | IMPORT | EXTENDS | CONVERT | WITH | USING | RAMP | NEW | HIRES | DRAW | RECOVERY | FORGIVEN
  | CARRIED | AT | END | CLAWBACK | WITHIN | PRORATED | OVERRIDE | OVERLAY | SPLIT | SHARE | ROLL
  | UP | ONE | LEVEL | ALL | LEVELS | RECOVERABLE | OUT | AS | COLLECTED | FULL | TEST | EXPECT
  | SHEET | KEY | VALID | EVERYONE | THROUGH | IGNORING | CASE | DATE | TRAILING
  | BEFORE | LEAVING | SERVED | REVERSE
  | PARTICIPANTS | PAYMENT | PAID | AFTER | FIRST
  | WEEK | SPREAD | ADVANCE
  | POOL | ORDER | BUDGET | SCALED | PRO | RATA | REMAINDER
  | ADJUSTMENTS
  | WIN | RATES | CLOSE | DATES | SLIP
  ;
