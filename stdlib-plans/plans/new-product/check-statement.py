"""An independent computation of the new-product plan's statement, from the CSV files alone
(Python's decimal, no Compass code). Prints participant,period,payout,ytd,currency per line."""
import csv, sys, collections
from decimal import Decimal as D, ROUND_HALF_EVEN

d = sys.argv[1] if len(sys.argv) > 1 else "."
cent = D("0.01")
series = {r["product"]: r["series"] for r in csv.DictReader(open(f"{d}/products.csv"))}
people = sorted(r["id"] for r in csv.DictReader(open(f"{d}/people.csv")))
won = [r for r in csv.DictReader(open(f"{d}/deals.csv")) if r["stage"] == "closed_won"]


def quarter(day):
    return (int(day[5:7]) - 1) // 3 + 1


def launch(r):  # a Nova deal closed in the first half of 2027
    return series[r["product"]] == "Nova" and r["close_date"] < "2027-07-01"


pay = collections.defaultdict(D)
for r in won:  # Commission: 12% on Nova in the launch window, else 8%; each deal's line rounded
    rate = D("0.12") if launch(r) else D("0.08")
    line = (D(r["amount"]) * rate).quantize(cent, ROUND_HALF_EVEN)
    pay[(r["owner"], quarter(r["close_date"]))] += line

# Launch SPIF: 500 per qualifying deal from a pool of 5,250 per quarter, by close date then id
left = collections.defaultdict(lambda: D(5250))
for r in sorted(filter(launch, won), key=lambda r: (r["close_date"], r["id"])):
    q = quarter(r["close_date"])
    granted = min(D(500), left[q])
    left[q] -= granted
    pay[(r["owner"], q)] += granted

total = D(0)
for p in people:
    ytd = D(0)
    for q in range(1, 5):
        x = pay[(p, q)].quantize(cent)
        ytd += x
        total += x
        print(f"{p},2027-Q{q},{x},{ytd},USD")
print("total", total, file=sys.stderr)
