"""An independent computation of the sdr-meetings plan's statement, from the CSV files that
`compass generate` writes with the same flags and seed as the workbook (same cells)."""
import csv, sys, collections
from decimal import Decimal as D, ROUND_HALF_EVEN
d = sys.argv[1]
rd = lambda f: list(csv.DictReader(open(f'{d}/{f}')))
people = {r['id']: r for r in rd('people.csv')}
fx = collections.defaultdict(list)
for r in rd('fx.csv'): fx[r['currency']].append((r['date'], D(r['rate'])))
def rate(cur, day):
    if cur == 'USD': return D(1)
    return max((x for x in fx[cur] if x[0] <= day), key=lambda x: x[0])[1]
q = lambda day: (int(day[5:7]) - 1) // 3 + 1
cent = D('0.01')
comp = collections.defaultdict(D)  # (person, quarter, component) -> exact amount
held = collections.Counter()
for r in rd('deals.csv'):
    if r['stage'] != 'closed_won': continue
    usd = D(r['amount']) * rate(r['currency'], r['close_date'])
    k = q(r['close_date'])
    comp[(r['owner'], k, 'ae')] += usd
    m = people[r['owner']]['manager']
    if m: comp[(m, k, 'mgr')] += usd
    if r['sourced_by']: comp[(r['sourced_by'], k, 'sourced')] += usd
for r in rd('meetings.csv'):
    if r['status'] == 'held': held[(r['booked_by'], q(r['meeting_date']))] += 1
qualified = collections.Counter()
for r in rd('leads.csv'):
    if r['status'] == 'qualified': qualified[(r['owner'], q(r['qualified_date']))] += 1
for p in sorted(people):
    role = people[p]['role']
    ytd = D(0)
    for k in range(1, 5):
        if role == 'ae': x = (comp[(p, k, 'ae')] * D('0.05')).quantize(cent, ROUND_HALF_EVEN)
        elif role == 'manager': x = (comp[(p, k, 'mgr')] * D('0.01')).quantize(cent, ROUND_HALF_EVEN)
        elif role == 'marketer': x = D(25) * qualified[(p, k)]
        elif role == 'sdr':
            x = D(50) * held[(p, k)]
            if held[(p, k)] >= 6: x += (comp[(p, k, 'sourced')] * D('0.02')).quantize(cent, ROUND_HALF_EVEN)
        else: x = D(0)
        x = x.quantize(cent); ytd += x
        print(f"{p},2027-Q{k},{x},{ytd},USD")
