"""An independent computation of the onboarding-30-60-90 plan's statement from its CSV files
(Python's decimal and datetime, no Compass code): one line `participant,period,payout,ytd,currency`
per participant and quarter, as the first five columns of expected-statement.csv."""
import csv, sys, collections
from datetime import date, timedelta
from decimal import Decimal as D, ROUND_HALF_EVEN
d = sys.argv[1] if len(sys.argv) > 1 else '.'
rd = lambda f: list(csv.DictReader(open(f'{d}/{f}')))
people = {r['id']: r for r in rd('people.csv')}
start = {p: date.fromisoformat(r['start_date']) for p, r in people.items()}
fx = collections.defaultdict(list)
for r in rd('fx.csv'): fx[r['currency']].append((r['date'], D(r['rate'])))
def rate(cur, day):  # the latest rate dated on or before the day
    if cur == 'USD': return D(1)
    return max((x for x in fx[cur] if x[0] <= day), key=lambda x: x[0])[1]
q = lambda day: (int(day[5:7]) - 1) // 3 + 1
def nth_day(p, day):  # the start date is day 1
    return (date.fromisoformat(day) - start[p]).days + 1
QUARTERS = {k: (date(2027, 3 * k - 2, 1), date(2027 + k // 4, 3 * k % 12 + 1, 1) - timedelta(days=1))
            for k in range(1, 5)}
cent = D('0.01')
money = lambda x: x.quantize(cent, ROUND_HALF_EVEN)

def guarantee(p, k):  # 2,500 a month = 7,500 a quarter, for the days of days 1-90 in the quarter
    first, last = QUARTERS[k]
    lo, hi = max(first, start[p]), min(last, start[p] + timedelta(days=89))
    inside = max(0, (hi - lo).days + 1)
    return money(D(7500) * inside / ((last - first).days + 1))

ONBOARDING = {'product-basics', 'discovery-calls', 'demo-skills'}
courses, held_31_60, won_61_90 = collections.Counter(), collections.Counter(), collections.Counter()
for r in rd('trainings.csv'):
    if r['course'] in ONBOARDING and 1 <= nth_day(r['trainee'], r['completed_on']) <= 30:
        courses[(r['trainee'], q(r['completed_on']))] += 1
held_after_90 = collections.Counter()
for r in rd('meetings.csv'):
    if r['status'] != 'held': continue
    n, key = nth_day(r['booked_by'], r['meeting_date']), (r['booked_by'], q(r['meeting_date']))
    if 31 <= n <= 60: held_31_60[key] += 1
    if not 1 <= n <= 90: held_after_90[key] += 1
after_90, team = collections.defaultdict(D), collections.defaultdict(D)
for r in rd('deals.csv'):
    if r['stage'] != 'closed_won': continue
    usd = D(r['amount']) * rate(r['currency'], r['close_date'])
    n, key = nth_day(r['owner'], r['close_date']), (r['owner'], q(r['close_date']))
    if 61 <= n <= 90: won_61_90[key] += 1
    if not 1 <= n <= 90: after_90[key] += usd
    m = people[r['owner']]['manager']
    if m: team[(m, q(r['close_date']))] += usd

def once(counts, p, k, threshold, bonus):  # a milestone, paid in the quarter the year first reaches it
    ytd = lambda j: sum(counts[(p, i)] for i in range(1, j + 1))
    return D(bonus) if ytd(k) >= threshold and ytd(k - 1) < threshold else D(0)

for p in sorted(people):
    role = people[p]['role']
    ytd = D(0)
    for k in range(1, 5):
        x = guarantee(p, k) + once(courses, p, k, 3, 500)
        if role == 'sdr':
            x += once(held_31_60, p, k, 10, 750) + D(40) * held_after_90[(p, k)]
        elif role == 'ae':
            x += once(won_61_90, p, k, 1, 1000) + money(after_90[(p, k)] * D('0.05'))
        elif role == 'manager':
            x += money(team[(p, k)] * D('0.01'))
        ytd += x
        print(f"{p},2027-Q{k},{x},{ytd},USD")
