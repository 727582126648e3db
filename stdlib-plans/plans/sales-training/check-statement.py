"""An independent computation of the sales-training plan's statement from its CSV files (Python's
decimal, no Compass code): one line `participant,period,payout,ytd,currency` per participant and
quarter, as the first five columns of expected-statement.csv."""
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
certs = collections.defaultdict(list)   # person -> [(from, to or None)]
for r in rd('certifications.csv'): certs[r['person']].append((r['valid_from'], r['valid_to'] or None))
def certified(p, day):  # ISO dates compare as text
    return any(f <= day and (t is None or day <= t) for f, t in certs[p])
# the first day each seller completed a compliance course
COMPLIANCE = {'security', 'crm-hygiene', 'product-basics'}
done = {}
for r in rd('trainings.csv'):
    if r['course'] in COMPLIANCE:
        done[r['trainee']] = min(done.get(r['trainee'], '9999'), r['completed_on'])
QUARTER_END = {1: '2027-03-31', 2: '2027-06-30', 3: '2027-09-30', 4: '2027-12-31'}
def factor(p, k):  # halved unless a compliance course was completed by the quarter's last day
    return D(1) if done.get(p, '9999') <= QUARTER_END[k] else D('0.5')
# (ae, quarter) -> the sum of the deals' lines: each deal is a line of its own (`pay ... per deal`
# with multipliers keeps one line per deal), 6% x 1.1 if certified x the quarter's compliance
# factor, rounded to the cent line by line (SEMANTICS 1: a total is the sum of its rounded lines)
commission = collections.defaultdict(D)
team = collections.defaultdict(D)
for r in rd('deals.csv'):
    if r['stage'] != 'closed_won': continue
    usd = D(r['amount']) * rate(r['currency'], r['close_date'])
    key = (r['owner'], q(r['close_date']))
    line = usd * D('0.06') * (D('1.1') if certified(r['owner'], r['close_date']) else 1)
    commission[key] += (line * factor(*key)).quantize(cent, ROUND_HALF_EVEN)
    m = people[r['owner']]['manager']
    if m: team[(m, q(r['close_date']))] += usd
held, qualified = collections.Counter(), collections.Counter()
for r in rd('meetings.csv'):
    if r['status'] == 'held': held[(r['booked_by'], q(r['meeting_date']))] += 1
for r in rd('leads.csv'):
    if r['status'] == 'qualified': qualified[(r['owner'], q(r['qualified_date']))] += 1
for p in sorted(people):
    role = people[p]['role']
    ytd = D(0)
    for k in range(1, 5):
        if role == 'ae': x = commission[(p, k)]
        elif role == 'sdr': x = D(40) * held[(p, k)] * factor(p, k)
        elif role == 'marketer': x = D(25) * qualified[(p, k)] * factor(p, k)
        elif role == 'manager': x = team[(p, k)] * D('0.01')
        else: x = D(0)
        x = x.quantize(cent, ROUND_HALF_EVEN); ytd += x
        print(f"{p},2027-Q{k},{x},{ytd},USD")
