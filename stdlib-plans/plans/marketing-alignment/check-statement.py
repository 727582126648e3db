"""An independent computation of the marketing-alignment plan's statement from its CSV files
(Python's decimal, no Compass code): one line `participant,period,payout,ytd,currency` per
participant and quarter, as the first five columns of expected-statement.csv."""
import csv, sys, collections
from decimal import Decimal as D, ROUND_HALF_EVEN
d = sys.argv[1] if len(sys.argv) > 1 else '.'
rd = lambda f: list(csv.DictReader(open(f'{d}/{f}')))
people = {r['id']: r for r in rd('people.csv')}
fx = collections.defaultdict(list)
for r in rd('fx.csv'): fx[r['currency']].append((r['date'], D(r['rate'])))
def rate(cur, day):  # the latest rate dated on or before the day
    if cur == 'USD': return D(1)
    return max((x for x in fx[cur] if x[0] <= day), key=lambda x: x[0])[1]
q = lambda day: (int(day[5:7]) - 1) // 3 + 1
cent = D('0.01')
won = collections.defaultdict(D)        # (person, quarter, 'ae' | 'mgr') -> USD won
sourced = collections.Counter()         # (sdr, quarter) -> won deals sourced
for r in rd('deals.csv'):
    if r['stage'] != 'closed_won': continue
    usd = D(r['amount']) * rate(r['currency'], r['close_date'])
    k = q(r['close_date'])
    won[(r['owner'], k, 'ae')] += usd
    m = people[r['owner']]['manager']
    if m: won[(m, k, 'mgr')] += usd
    if r['sourced_by']: sourced[(r['sourced_by'], k)] += 1
booked, held = collections.Counter(), collections.Counter()
for r in rd('meetings.csv'):
    key = (r['booked_by'], q(r['meeting_date']))
    booked[key] += 1
    if r['status'] == 'held': held[key] += 1
qualified = collections.Counter()
for r in rd('leads.csv'):
    if r['status'] == 'qualified': qualified[(r['owner'], q(r['qualified_date']))] += 1
for p in sorted(people):
    role = people[p]['role']
    ytd = D(0)
    for k in range(1, 5):
        if role == 'ae': x = won[(p, k, 'ae')] * D('0.05')
        elif role == 'manager': x = won[(p, k, 'mgr')] * D('0.01')
        elif role == 'marketer': x = D(40) * qualified[(p, k)]
        elif role == 'sdr':
            # held / booked >= 70%, compared exactly: 10 x held >= 7 x booked
            x = D(40) * held[(p, k)] if booked[(p, k)] and 10 * held[(p, k)] >= 7 * booked[(p, k)] else D(0)
            x += D(250) * sourced[(p, k)]
        else: x = D(0)
        x = x.quantize(cent, ROUND_HALF_EVEN); ytd += x
        print(f"{p},2027-Q{k},{x},{ytd},USD")
