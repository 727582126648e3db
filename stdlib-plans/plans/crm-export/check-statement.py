"""An independent computation of the crm-export plan's statement, from the CSV files alone."""
import csv, sys, collections
from decimal import Decimal as D, ROUND_HALF_EVEN
d = sys.argv[1]
prod = {r['product']: r for r in csv.DictReader(open(f'{d}/products.csv'))}
mgr = {r['sales_agent']: r['manager'] for r in csv.DictReader(open(f'{d}/sales_teams.csv'))}
deals = [r for r in csv.DictReader(open(f'{d}/sales_pipeline.csv')) if r['deal_stage'] == 'Won']
cent = D('0.01')
def tiers(b):
    return D('0.05') * min(b, D(100000)) + D('0.08') * max(b - D(100000), D(0))
pay = collections.defaultdict(D)
by = collections.defaultdict(list)
for r in deals:
    q = (int(r['close_date'][5:7]) - 1) // 3 + 1
    by[(r['sales_agent'], q)].append(r)
for (agent, q), rows in by.items():
    rows.sort(key=lambda r: (r['close_date'], r['opportunity_id']))
    run = D(0)
    comm = D(0)
    for r in rows:
        v = D(r['close_value'])
        c = tiers(run + v) - tiers(run)
        run += v
        p = prod[r['product']]
        if p['series'] == 'GTK':
            c *= D('1.5')
        comm += c
        if p['series'] == 'MG' and v >= D(p['sales_price']):
            pay[(agent, q)] += D(20)
    pay[(agent, q)] += comm.quantize(cent, ROUND_HALF_EVEN)  # a component rounds once a period
    pay[(mgr[agent], q)] += (run * D('0.01'))  # summed per manager below, rounded once
people = sorted({a for a, _ in pay})
total = D(0)
for p in people:
    ytd = D(0)
    for q in range(1, 5):
        x = pay.get((p, q), D(0)).quantize(cent, ROUND_HALF_EVEN)
        ytd += x
        total += x
        print(f"{p},2027-Q{q},{x},{ytd},USD")
print("total", total, file=sys.stderr)
