// The tokens of the Compass plan language. Layout is significant: CompassLexerBase turns line
// breaks and indentation into NEWLINE, INDENT and DEDENT tokens, the way Python's lexer does.
lexer grammar CompassLexer;

options { superClass = CompassLexerBase; }

tokens { INDENT, DEDENT, NEWLINE }

// Keywords. The parser's `name` rule accepts most of them as names too (soft keywords), so a
// data column may be called `stage`, `from` or `year`.
PLAN: 'plan';
VERSION: 'version';
CURRENCY: 'currency';
FISCAL: 'fiscal';
YEAR: 'year';
YEARS: 'years';
STARTS: 'starts';
PAYS: 'pays';
EFFECTIVE: 'effective';
ROUNDING: 'rounding';
ADJUSTMENTS: 'adjustments';
STAGES: 'stages';
INPUT: 'input';
FROM: 'from';
OPTIONAL: 'optional';
CREDIT: 'credit';
WHERE: 'where';
TO: 'to';
ON: 'on';
COMPONENT: 'component';
FOR: 'for';
ROLE: 'role';
CUMULATIVE: 'cumulative';
OVER: 'over';
MARGINAL: 'marginal';
RETROACTIVE: 'retroactive';
INTERPOLATED: 'interpolated';
MIXED: 'mixed';
TIERS: 'tiers';
AGAINST: 'against';
APPLIED: 'applied';
STRADDLE: 'straddle';
PAY: 'pay';
ABOVE: 'above';
CAP: 'cap';
FLOOR: 'floor';
GATE: 'gate';
MULTIPLY: 'multiply';
BY: 'by';
PER: 'per';
DEAL: 'deal';
DEALS: 'deals';
IF: 'if';
THEN: 'then';
ELSE: 'else';
WHEN: 'when';
AND: 'and';
OR: 'or';
NOT: 'not';
IS: 'is';
IN: 'in';
OF: 'of';
SUM: 'sum';
COUNT: 'count';
AVERAGE: 'average';
TEAM: 'team';
CURVE: 'curve';
EXTRAPOLATE: 'extrapolate';
TRUE: 'true';
FALSE: 'false';
X: 'x';
MONTH: 'month';
MONTHS: 'months';
QUARTER: 'quarter';
HALF: 'half';
PERIOD: 'period';
DAYS: 'days';
DAY: 'day';
IMPORT: 'import';
EXTENDS: 'extends';
CONVERT: 'convert';
WITH: 'with';
USING: 'using';
WIN: 'win';
RATES: 'rates';
CLOSE: 'close';
DATES: 'dates';
SLIP: 'slip';
RAMP: 'ramp';
NEW: 'new';
HIRES: 'hires';
DRAW: 'draw';
NONRECOVERABLE: 'non-recoverable' | 'nonrecoverable';
RECOVERABLE: 'recoverable';
RECOVERY: 'recovery';
FORGIVEN: 'forgiven';
CARRIED: 'carried';
AT: 'at';
END: 'end';
CLAWBACK: 'clawback';
WITHIN: 'within';
PRORATED: 'prorated';
OVERRIDE: 'override';
OVERLAY: 'overlay';
SPLIT: 'split';
SHARE: 'share';
ROLL: 'roll';
UP: 'up';
ONE: 'one';
LEVEL: 'level';
ALL: 'all';
LEVELS: 'levels';
OUT: 'out';
AS: 'as';
COLLECTED: 'collected';
FULL: 'full';
TEST: 'test';
EXPECT: 'expect';
SHEET: 'sheet';
KEY: 'key';
VALID: 'valid';
EVERYONE: 'everyone';
THROUGH: 'through';
IGNORING: 'ignoring';
CASE: 'case';
DATE: 'date';
TRAILING: 'trailing';
BEFORE: 'before';
LEAVING: 'leaving';
SERVED: 'served';
REVERSE: 'reverse';
// paying in another currency (issue 15); the first deal of an account
PARTICIPANTS: 'participants';
PAYMENT: 'payment';
PAID: 'paid';
AFTER: 'after';
FIRST: 'first';
// pay periods of weeks, spreading, draws in advance (issue 15.5)
WEEK: 'week';
SPREAD: 'spread';
ADVANCE: 'advance';
POOL: 'pool';
ORDER: 'order';
BUDGET: 'budget';
SCALED: 'scaled';
PRO: 'pro';
RATA: 'rata';
REMAINDER: 'remainder';

// Literals, as analysts write them. `500 EUR`, `90 days` and `250_000 per quarter` are composed
// in the parser.
DATE_LIT: DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
PERIOD_LIT
  : DIGIT DIGIT DIGIT DIGIT '-' [QHWP] DIGIT+
  | DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT
  | 'FY' DIGIT DIGIT DIGIT DIGIT ('-' [QHWP] DIGIT+)?
  ;
PERCENT_LIT: DIGITS ('.' DIGITS)? '%';
NUMBER_LIT: DIGITS ('.' DIGITS)?;
STRING_LIT: '"' (~["\\\r\n] | '\\' .)* '"';
IDENT: [a-zA-Z_] [a-zA-Z0-9_]*;

ARROW: '->';
LE: '<=';
GE: '>=';
NE: '!=' | '<>';
LT: '<';
GT: '>';
EQ: '=';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
COMMA: ',';
COLON: ':';
DOTDOT: '..'; // `days 31..60`; `1.5` stays one number
DOT: '.';

// Comments stay in the token stream (hidden), so the formatter can keep them.
COMMENT: '#' ~[\r\n]* -> channel(HIDDEN);
NL: ('\r'? '\n' | '\r') [ \t]*;
WS: [ \t]+ -> channel(HIDDEN);
// Anything else is a token too, so the parser reports a stray character with its position.
ERROR_CHAR: .;

fragment DIGIT: [0-9];
fragment DIGITS: DIGIT (DIGIT | '_')*;
