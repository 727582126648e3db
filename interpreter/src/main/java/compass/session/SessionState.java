package compass.session;

import compass.check.CheckedPlan;
import compass.data.Table;
import compass.diag.Diagnostic;
import compass.eval.Workbench;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan, deals and payouts of a session with the active what-ifs applied: what {@link
 * SessionLoad} evaluates, {@link WhatIfHistory} keeps a stack of, {@link Probes} reads and {@link
 * ImpactOf} compares.
 */
record SessionState(
    CheckedPlan plan,
    Table deals,
    Workbench bench,
    TreeMap<String, List<StatementRow>> rows,
    Map<String, List<LineItem>> lines,
    BigDecimal total,
    Map<String, BigDecimal> byPeriod,
    List<Diagnostic> warnings) {}
