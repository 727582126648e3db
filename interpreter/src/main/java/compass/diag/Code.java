package compass.diag;

/**
 * Stable diagnostic ids. E01xx syntax, E02xx types and units, E03xx names, E04xx plan shape, E05xx
 * data, E06xx evaluation, E07xx usage (command line). Documented in docs/diagnostics.md.
 */
public enum Code {
  E0101("syntax error"),
  E0102("unexpected character"),
  E0103("invalid literal"),
  E0104("nesting too deep"),
  E0105("Unicode bidirectional control in the plan"),
  E0106("tab in the indentation"),
  E0107("reserved word used as a name"),
  E0108("too many syntax errors"),

  E0201("operands of different units"),
  E0202("wrong type"),
  E0203("comparison of different types"),
  E0204("condition is not a yes/no value"),
  E0205("component does not pay money"),
  E0206("currency mismatch"),
  E0207("wrong number of values for a function"),
  // sets, case and day windows (issue 14)
  E0208("set of values of different types"),
  E0209("value compared with a set of another type"),
  E0210("set used as a value"),
  E0211("ignoring case on a field that is not text"),
  E0212("invalid day window"),
  // measures over another span (issue 15)
  E0213("span on a value that is not evaluated over a span"),
  E0214("invalid trailing window"),
  E0215("span on a value that already has one"),
  // no silent surprises in measures and periods (issue 15.8)
  E0216("measure followed by `+` or `-` without brackets"),
  E0217("bare number divides money compared with a percent"),
  E0218("unknown adjustments timing"),

  E0301("unknown name"),
  E0302("unknown field"),
  E0303("duplicate definition"),
  E0304("definitions depend on each other in a cycle"),
  E0305("unknown stage"),
  E0306("unknown period"),
  E0307("unknown type"),
  E0308("unknown currency"),
  E0309("unknown credit source"),
  E0310("unknown row of a credit source"),
  E0311("no table keyed by this field"),
  E0312("two tables keyed by one field"),
  E0313("set element is not a value written out"),

  E0401("tier bands out of order"),
  E0402("tier bands leave a gap"),
  E0403("tier bands overlap"),
  E0404("tier table has no bands"),
  E0405("missing plan declaration"),
  E0406("invalid plan setting"),
  E0407("duplicate component"),
  E0408("unsupported input path"),
  E0409("tier bands mix units"),
  E0410("invalid payout curve"),
  E0411("plan files import or extend each other in a cycle"),
  E0412("imported file missing or unreadable"),
  E0413("imports nested too deeply"),
  E0414("more than one extends"),
  E0415("two credit rules make one source"),
  E0416("credit source not named"),
  E0417("definition read on another source's rows"),
  E0420("lookup outside a deal"),
  E0421("wrong number of keys"),
  E0422("key of the wrong type"),
  E0423("table cannot be looked up"),
  // participants, roles and managers from the data (issue 14)
  E0425("not a person field"),
  E0426("roles from the data need a role field"),
  E0427("reporting line not keyed by the person who reports"),
  // rate tables applied to another amount (issue 15)
  E0430("`applied to` needs retroactive tiers"),
  E0431("`applied to` an amount that is not money"),
  E0432("band applied to another amount pays no rate"),
  E0433("bands do not match what chooses the band"),
  E0434("`applied to` with `per deal` or `straddle`"),
  E0435("`payout of` an unknown component"),
  E0436("a component's payout depends on itself"),
  E0437("`payout of` without a component's title"),
  E0438("`payout of` where one deal is looked at"),
  // mixed modes in one table, amounts per unit of a count (issue 15)
  E0440("band mode missing or out of place"),
  E0441("mixed tiers band out of order or of the wrong kind"),
  E0442("amount per unit on a base that is not a count of that unit"),
  E0443("amounts per unit mixed with other bands"),
  E0444("bounds of per-unit bands are not deal numbers"),
  // clawbacks by rate, schedule or leaving (issue 15)
  E0445("clawback schedule bound is not whole months"),
  E0446("clawback share not a percent from 0% to 100%"),
  E0447("clawback schedule with a rate or proration"),
  E0448("clawback without a window"),
  E0449("clawback on leaving without a people file"),
  // pay periods of weeks and spreading (issue 15.5)
  E0450("`spread by days` on a value that is not money"),
  E0451("`spread by days` with nothing to spread"),
  E0452("trailing window not in whole pay periods of weeks"),
  E0453("`per week` on a plan paid by the month"),
  E0454("week on a plan not paid by the week"),
  // paying participants in their own currency (issue 15, SEMANTICS 13)
  E0455("pay currency field missing"),
  E0456("FX table for pay currencies missing"),
  E0457("payment date not a number of days"),
  E0458("unknown pay currency"),
  E0459("pay currency rule given twice"),
  // the first deal of an account (issue 15, market expansion)
  E0465("`first deal of` an unknown field"),
  E0466("`first deal of` a field that is not text"),
  E0467("`first deal of` where no deal is looked at"),
  E0468("`first deal of` in a credit rule"),
  E0469("`first deal of` other rows"),
  // SPIF pools and team budgets (issue 15: the new-product and sales-budget plans)
  E0460("pool not right after a per-deal pay"),
  E0461("pool that is not a fixed amount of money"),
  E0462("pool order that is not a date of the deal"),
  E0463("pool period shorter than the pay period"),
  E0464("budget declared wrongly"),
  // win rates of the stages, for compass forecast (issue 18)
  E0470("win rate outside 0% to 100%"),
  E0471("win rate for an unknown stage"),
  E0472("win rate given twice"),
  E0473("no won stage among the win rates"),
  // how far close dates slip in a forecast (issue 18)
  E0480("slip range of days that is no range"),
  E0481("slip for an unknown stage"),
  E0482("slip given twice"),
  // the reps' "could be earned" on compass statements (issue 18)
  E0483("no forecast for the statements"),

  E0501("data file missing or unreadable"),
  E0502("missing column"),
  E0503("wrong number of columns"),
  E0504("invalid number"),
  E0505("invalid date"),
  E0506("unknown stage in data"),
  E0507("unknown person"),
  E0508("duplicate id"),
  E0509("empty file"),
  E0510("file is not UTF-8"),
  E0511("unterminated quote"),
  E0512("missing required value"),
  E0513("invalid value"),
  E0514("number too large"),
  E0515("manager chain has a cycle"),
  E0516("too many problems in one data file"),
  E0517("column named twice in a header"),
  E0518("control character in data"),
  // values that cannot be right (issue 12), found right after loading
  E0523("target incentive of zero or less"),
  E0524("quota of zero or less"),
  E0525("FX rate of zero or less"),
  E0526("two FX rates for one currency and date"),
  E0527("two quota rows for one participant and period"),
  E0528("split shares that cannot be right"),
  E0529("manager chain too deep"),
  // inputs other than CSV (issue 14): workbooks and JSON Lines
  E0530("input file of an unknown format"),
  E0531("no such sheet in the workbook"),
  E0532("sheet named for a file without sheets"),
  E0533("workbook cannot be read"),
  E0534("error value in a workbook cell"),
  E0535("JSON Lines line that is not one object"),
  E0536("nested value in a JSON Lines line"),
  E0537("key given twice in a JSON Lines line"),
  E0538("cell longer than Excel allows"),
  E0540("two rows for one key"),
  E0541("empty key"),
  E0542("row in force until before it starts"),
  E0545("participant given two roles"),

  E0601("quota is zero"),
  E0602("division by zero"),
  E0603("evaluation budget exceeded"),
  E0604("value out of range"),
  E0605("quota is negative"),
  E0606("target incentive of zero or less in the plan"),
  E0607("clamp bounds the wrong way round"),
  E0610("no row for a key"),
  E0611("date of a missing optional row"),
  E0612("no FX rate for a payment date"),
  E0613("`payout_local` in a plan without pay currencies"),
  E0615("budget of less than zero"),
  E0616("two budget rows for one team and period"),
  E0617("budget for a period that is not a pay period"),
  // compass verify: a closed period against the plan and data now (issue 16, E0620-E0624)
  E0620("closed figure would differ"),
  E0621("data file changed since the close"),
  E0622("ledger file edited by hand"),
  E0623("data file missing since the close"),
  E0624("plan changed since the close"),

  E0701("invalid command-line argument"),

  // an output (--out, the rejects file, fmt, the REPL's save) that would destroy a file
  E0710("output would overwrite the plan"),
  E0711("output would overwrite a data file"),
  E0712("output is a folder"),
  E0713("output is not a regular file"),
  E0714("file exists"),

  // compass diff: plans read from git (`git:REV:path`) and the diff's own arguments
  E0720("git is not available"),
  E0721("not a git repository"),
  E0722("unknown git revision"),
  E0723("plan not found in the git revision"),
  E0724("invalid git plan reference"),
  E0725("no data folder for diff"),
  E0726("plans pay in different currencies"),

  // compass repl (E0730-E0749)
  E0730("unknown REPL command"),
  E0731("malformed REPL command"),
  E0732("unknown participant"),
  E0733("unknown period"),
  E0734("unknown deal or deal field"),
  E0735("invalid value for a deal field"),
  E0736("what-if does not apply"),
  E0737("no plan loaded"),
  E0738("nothing to undo"),
  E0739("cannot write the what-if script"),
  E0740("deal id already exists"),

  // compass generate: its flags (E0741-E0745)
  E0741("unknown generate shape"),
  E0742("unknown generate format"),
  E0743("too many rows for a sheet"),
  E0744("generate flags that conflict"),
  E0745("too few people for the data asked"),

  // compass close, verify, export payroll: the paid record (issue 16, E0750-E0759)
  E0750("period already closed"),
  E0751("an earlier period is still open"),
  E0752("a later period is closed"),
  E0753("period not closed"),
  E0754("reopening without a reason"),
  E0755("cannot write the ledger"),
  E0756("ledger folder cannot be read"),
  E0757("payroll rows do not add up to the payout"),
  E0758("the ledger does not fit the plan's pay periods"),

  // compass statements: the static statement pages (issue 17, E0760-E0763; a ledger that cannot be
  // trusted is E0756)
  E0760("statements folder is not a folder"),
  E0761("statements folder holds other files"),
  E0762("unknown statements format"),
  E0763("cannot write the statements folder"),

  // the command line itself, the same for every command (issue 19, E0770-E0779)
  E0770("unknown command"),
  E0771("unknown option"),
  E0772("missing argument"),
  E0773("invalid option value"),
  E0774("unexpected argument"),
  E0775("no command given"),
  E0776("options that do not go together"),
  E0777("output format and file extension disagree"),
  E0778("cannot write the output"),
  E0779("out of memory"),

  // compass completion, init, check (issue 19, E0780-E0784)
  E0780("unknown shell for completion"),
  E0781("folder for a new plan is not empty"),
  E0782("cannot write the new plan"),
  E0783("no plan in a folder"),
  E0784("declaration a library cannot give"),

  // compass serve: the dashboard (issue 17, E0765-E0769)
  E0765("cannot listen on the address and port"),
  E0766("--no-token off the loopback address"),
  E0767("not an address to bind"),
  E0768("cannot write the share links"),
  E0769("no participants to share"),
  // compass forecast (issue 18, E0790-E0799)
  E0790("invalid forecast option"),
  E0791("open deal in a stage without a win rate"),
  E0792("open deal without an expected close date"),
  E0793("as-of date before the data"),
  E0794("no win rates to forecast with"),
  E0795("deals cannot be forecast"),
  E0796("plans cannot be compared"),

  // compass test: tests written in plans
  E0801("invalid expectation"),
  E0802("invalid expectation argument"),
  E0803("unknown table in a test"),
  E0804("test cell does not fit its field"),
  E0805("missing value in a test row"),
  E0806("table given twice in a test"),
  E0807("expected value of the wrong kind"),
  E0808("unknown participant, component or deal in an expectation"),
  E0809("no plan file at the test path"),

  // compass check: what a plan declares but never uses, or can never pay
  W0101("definition never used"),
  W0102("tier band can never pay"),
  W0103("no participant has the component's role"),
  W0104("input column never read"),
  W0105("input never read"),
  // what the data shows: `check --data`, `run`, `test` and the REPL's `load` (issue 12)
  W0106("no row has the value the plan compares with"),
  W0107("component paid nothing"),
  W0108("no deal credited"),
  W0109("clawback cannot reach a component"),
  W0111("value listed twice in a set"),
  W0115("tier table on a measure over another span"),
  W0116("tiers applied to their own base"),
  W0117("amount per period scaled twice"),
  W0118("amount per year in a cumulative component"),
  W0119("test names a statement figure a definition also names"),
  W0120("mixed tiers with one mode"),
  W0121("team with no budget for a period"),
  W0122("budget for a team no one is in"),

  W0601("participant receives no component"),

  // compass repl
  W0740("what-if date outside the plan's dates");

  private final String title;

  Code(String title) {
    this.title = title;
  }

  public String id() {
    return name();
  }

  public String title() {
    return title;
  }
}
