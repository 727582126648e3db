// Every plan under stdlib-plans/plans, coloured by the grammar and compared, token by token, with
// an independent scan that follows CompassLexer.g4: each comment, string, date, period, percent
// and number must get its scope, and nothing inside a comment or a string may be coloured as
// anything else. Run by `npm test`; exits 1 with the place of every difference.
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.join(__dirname, '..', '..', '..', 'stdlib-plans', 'plans');
const grammarFile = path.join(__dirname, '..', 'syntaxes', 'compass.tmLanguage.json');
const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;

// The lexer's literal rules, longest first where they share a start (CompassLexer.g4).
const LEXEMES = [
  ['comment.line.number-sign.compass', /^#.*/],
  ['string.quoted.double.compass', /^"(?:[^"\\\r\n]|\\.)*"/],
  ['constant.other.date.compass', /^\d{4}-\d{2}-\d{2}(?![\w])/],
  ['constant.other.period.compass', /^(?:FY\d{4}(?:-[QHWP]\d+)?|\d{4}-[QHWP]\d+|\d{4}-\d{2})(?![\w])/],
  ['constant.numeric.percent.compass', /^\d[\d_]*(?:\.\d[\d_]*)?%/],
  ['constant.numeric.compass', /^\d[\d_]*(?:\.\d[\d_]*)?/],
  [null, /^[A-Za-z_][A-Za-z0-9_]*(?:-recoverable)?/],
  [null, /^\.\.|^./],
];

function plans(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? plans(p) : e.name.endsWith('.comp') ? [p] : [];
  });
}

async function main() {
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s) => new oniguruma.OnigScanner(s),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      vsctm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  const grammar = await registry.loadGrammar('source.compass');
  const failures = [];
  let checked = 0;
  const files = plans(root).sort();
  for (const file of files) {
    let state = vsctm.INITIAL;
    fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      const scopesAt = (col) => {
        const t = result.tokens.find((t) => t.startIndex <= col && col < t.endIndex);
        return t ? t.scopes : [];
      };
      for (let col = 0; col < line.length; ) {
        const rest = line.slice(col);
        if (/^\s/.test(rest)) {
          col++;
          continue;
        }
        const [scope, re] = LEXEMES.find(([, re]) => re.test(rest));
        const text = rest.match(re)[0];
        for (let c = col; c < col + text.length; c++) {
          const scopes = scopesAt(c);
          const wrong = scope ? !scopes.includes(scope)
              : scopes.some((s) => s.startsWith('comment') || s.startsWith('string'));
          if (wrong) {
            failures.push(`${path.relative(root, file)}:${i + 1}:${c + 1}: \`${text}\` expected `
                + `${scope || 'no comment or string'}, got ${scopes.join(' ')}`);
            break;
          }
        }
        if (scope) checked++;
        col += text.length;
      }
    });
  }
  failures.forEach((f) => console.error(f));
  console.log(`${files.length} stdlib plans, ${checked} literals and comments: `
      + `${failures.length} difference(s)`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
