package compass.syntax;

import compass.grammar.CompassParser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.RuleStartState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * What the parser could have read where the input stopped making sense, computed from its state
 * rather than from ANTLR's message, the way Trino's parser does: from the state at the error, the
 * grammar's network of states (the ATN) is walked along the real tokens, every path as far as it
 * goes; the furthest token any path reached is the error, and what each path wanted there is the
 * expected set. A rule that {@link ExpectationNames} names ("an expression") is recorded by its
 * name instead of the dozens of tokens that may start it.
 */
final class ExpectedInput {
  /** The furthest token reached, and what would have fitted there (named rules and tokens). */
  record Result(Token token, Set<Integer> tokens, Set<Integer> rules) {}

  private final Parser parser;
  private final ATN atn;
  private final TokenStream stream;
  private final Map<Walk, Set<Integer>> memo = new HashMap<>();
  private int furthest = -1;
  private final Set<Integer> tokens = new LinkedHashSet<>();
  private final Set<Integer> rules = new LinkedHashSet<>();

  private ExpectedInput(Parser parser) {
    this.parser = parser;
    this.atn = parser.getATN();
    this.stream = parser.getInputStream();
    // the parser buffers only the tokens it has looked at; the walk may go further
    if (stream instanceof org.antlr.v4.runtime.BufferedTokenStream buffered) buffered.fill();
  }

  /** The expected input at the error ANTLR reports (e null: a missing or extra token). */
  static Result at(Parser parser, RecognitionException e) {
    ATNState state;
    Token token;
    RuleContext context;
    if (e != null && e.getOffendingState() >= 0) {
      state = parser.getATN().states.get(e.getOffendingState());
      token = e instanceof NoViableAltException nv ? nv.getStartToken() : e.getOffendingToken();
      context = e.getCtx();
    } else {
      state = parser.getATN().states.get(parser.getState());
      token = parser.getCurrentToken();
      context = parser.getContext();
    }
    // from the start of the line being read; if that is too much work (a line of thousands of
    // terms), from the error's own state as Trino does; if that too, ANTLR's own expected set
    for (boolean restart : new boolean[] {true, false}) {
      ExpectedInput walk = new ExpectedInput(parser);
      try {
        walk.from(state, token.getTokenIndex(), context, restart);
      } catch (TooLong tooLong) {
        continue;
      }
      if (walk.furthest < 0) return new Result(token, Set.of(), Set.of());
      return new Result(walk.stream.get(walk.furthest), walk.tokens, walk.rules);
    }
    Set<Integer> wanted = new LinkedHashSet<>(parser.getExpectedTokens().toList());
    return new Result(token, wanted, Set.of());
  }

  /** States a walk may visit: the work stays bounded whatever the input. */
  private static final int BUDGET = 200_000;

  private int visits;

  private static final class TooLong extends RuntimeException {
    TooLong() {
      super(null, null, false, false);
    }
  }

  private void from(ATNState state, int tokenIndex, RuleContext context, boolean restart) {
    // ANTLR may report an error only after a rule has returned (`q = 1 2`: expr ended before
    // `2`, and only the end of line is still wanted there), so the walk starts over from the
    // beginning of the line being read (a step, a band, a setting, or the whole declaration):
    // every way through it is tried again
    ParserRuleContext top = restart ? lineOf(context) : null;
    if (top != null) {
      state = atn.ruleToStartState[top.getRuleIndex()];
      tokenIndex = top.getStart().getTokenIndex();
      context = top;
    }
    RuleStartState start = atn.ruleToStartState[state.ruleIndex];
    // a state reached from the rule's start without reading anything is as good as the start,
    // where the rule can be recorded by its name
    if (reachableWithoutInput(start, state)) state = start;
    Set<Integer> ends = walk(new Walk(state, tokenIndex, false, 0));
    // the rule may end here: carry on in the rules that called it, as the parser would
    while (!ends.isEmpty() && context != null && context.invokingState >= 0) {
      ATNState follow =
          ((RuleTransition) atn.states.get(context.invokingState).transition(0)).followState;
      Set<Integer> next = new HashSet<>();
      for (int end : ends) next.addAll(walk(new Walk(follow, end, false, 0)));
      ends = next;
      context = context.parent;
    }
  }

  /**
   * The child of the entry rule being read at the error (a declaration, or the expression of {@code
   * singleExpression}); when the entry rule itself is at the error, the child it read last.
   */
  /** Rules that are one line of a block. */
  private static final Set<Integer> LINES =
      Set.of(
          CompassParser.RULE_step,
          CompassParser.RULE_band,
          CompassParser.RULE_setting,
          CompassParser.RULE_field,
          CompassParser.RULE_testClause,
          CompassParser.RULE_testRow,
          CompassParser.RULE_curvePoint);

  /**
   * The line being read at the error: the innermost line of a block around it, else the line of the
   * block read last (the error is between two lines), else the declaration.
   */
  private static ParserRuleContext lineOf(RuleContext context) {
    ParserRuleContext top = declaration(context);
    if (top == null) return null;
    for (RuleContext c = context; c != null && c != top.getParent(); c = c.parent) {
      if (c instanceof ParserRuleContext line
          && LINES.contains(line.getRuleIndex())
          && line.getStart() != null) return line;
    }
    for (ParserRuleContext node = top; node != null; ) {
      ParserRuleContext last = null;
      if (node.children != null)
        for (var child : node.children) if (child instanceof ParserRuleContext c) last = c;
      if (last != null && LINES.contains(last.getRuleIndex()) && last.getStart() != null)
        return last;
      node = last;
    }
    return top;
  }

  private static ParserRuleContext declaration(RuleContext context) {
    if (!(context instanceof ParserRuleContext top)) return null;
    if (top.getParent() == null) {
      ParserRuleContext last = null;
      if (top.children != null)
        for (var child : top.children) if (child instanceof ParserRuleContext c) last = c;
      top = last;
    } else {
      while (top.getParent().getParent() != null) top = (ParserRuleContext) top.getParent();
    }
    return top == null || top.getStart() == null ? null : top;
  }

  private static boolean reachableWithoutInput(ATNState from, ATNState target) {
    Deque<ATNState> todo = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    todo.push(from);
    while (!todo.isEmpty()) {
      ATNState s = todo.pop();
      if (s.stateNumber == target.stateNumber) return true;
      if (!seen.add(s.stateNumber)) continue;
      for (int i = 0; i < s.getNumberOfTransitions(); i++) {
        Transition t = s.transition(i);
        if (t.isEpsilon() && !(t instanceof RuleTransition)) todo.push(t.target);
      }
    }
    return false;
  }

  /** One path: a state, the next token, whether a named rule already speaks for what it wants. */
  private record Walk(ATNState state, int tokenIndex, boolean named, int precedence) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Walk w
          && w.state.stateNumber == state.stateNumber
          && w.tokenIndex == tokenIndex
          && w.named == named
          && w.precedence == precedence;
    }

    @Override
    public int hashCode() {
      return Objects.hash(state.stateNumber, tokenIndex, named, precedence);
    }
  }

  /** Walks one rule from a state; returns the token indexes at which the rule can end. */
  private Set<Integer> walk(Walk start) {
    Set<Integer> known = memo.get(start);
    if (known != null) return known;
    memo.put(start, Set.of()); // a rule that calls itself without reading adds nothing
    Set<Integer> ends = new HashSet<>();
    Set<Walk> seen = new HashSet<>();
    Deque<Walk> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      Walk w = todo.pop();
      if (!seen.add(w)) continue;
      if (++visits > BUDGET) throw new TooLong();
      ATNState state = w.state;
      int at = w.tokenIndex;
      while (stream.get(at).getChannel() != Token.DEFAULT_CHANNEL) at++; // comments, spaces
      boolean named = w.named;
      if (state.getStateType() == ATNState.RULE_START && ExpectationNames.names(state.ruleIndex)) {
        if (!named) record(at, null, state.ruleIndex);
        named = true;
      }
      if (state instanceof RuleStopState) {
        ends.add(at);
        continue;
      }
      int type = stream.get(at).getType();
      for (int i = 0; i < state.getNumberOfTransitions(); i++) {
        Transition t = state.transition(i);
        if (t instanceof RuleTransition call) {
          for (int end : walk(new Walk(call.target, at, named, call.precedence))) {
            todo.push(new Walk(call.followState, end, named && end == at, w.precedence));
          }
        } else if (t instanceof PrecedencePredicateTransition p) {
          if (p.precedence >= w.precedence) todo.push(new Walk(t.target, at, named, w.precedence));
        } else if (t.isEpsilon()) {
          todo.push(new Walk(t.target, at, named, w.precedence));
        } else {
          IntervalSet labels = t.label();
          if (labels == null) continue; // a wildcard: the grammar has none
          if (t instanceof NotSetTransition)
            labels = labels.complement(IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType));
          if (labels.contains(type) && type != Token.EOF) {
            todo.push(new Walk(t.target, at + 1, false, w.precedence));
          } else if (!named) {
            record(at, labels, -1);
          }
        }
      }
    }
    memo.put(start, ends);
    return ends;
  }

  private void record(int tokenIndex, IntervalSet labels, int rule) {
    if (tokenIndex < furthest) return;
    if (tokenIndex > furthest) {
      furthest = tokenIndex;
      tokens.clear();
      rules.clear();
    }
    if (rule >= 0) rules.add(rule);
    if (labels != null) for (int type : labels.toList()) tokens.add(type);
  }
}
