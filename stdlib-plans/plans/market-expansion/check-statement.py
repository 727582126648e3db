"""An independent computation of the market-expansion plan's statement, from the CSV files alone.

Python's decimal, no Compass code. Prints participant,period,payout,ytd,currency for every AE
and quarter of 2027 (the first five columns of expected-statement.csv); with a second argument
`lines`, the line items instead: participant,period,component,deal,amount (the first five columns
of expected-lines.csv).
"""
import collections
import csv
import sys
from decimal import Decimal as D, ROUND_HALF_EVEN

d = sys.argv[1] if len(sys.argv) > 1 else "."
people = [r["id"] for r in csv.DictReader(open(f"{d}/people.csv")) if r["role"] == "ae"]
accounts = {r["account"]: r for r in csv.DictReader(open(f"{d}/accounts.csv"))}
won = [
    r
    for r in csv.DictReader(open(f"{d}/deals.csv"))
    if r["stage"] == "closed_won" and r["close_date"].startswith("2027-")
]
cent = D("0.01")
NEW_REGIONS = {"APAC", "LATAM"}
CAP = D(15000)

# the first credited deal of each account: earliest close date, then deal id, whoever sells it
first = {}
for r in sorted(won, key=lambda r: (r["close_date"], r["id"])):
    first.setdefault(r["account"], r["id"])

commission = collections.defaultdict(D)  # (ae, quarter) -> exact commission before the cap
bonus = collections.defaultdict(D)
bonus_deals = collections.defaultdict(list)
for r in won:
    q = (int(r["close_date"][5:7]) - 1) // 3 + 1
    acct = accounts[r["account"]]
    rate = D("0.08") if acct["region"] in NEW_REGIONS else D("0.05")
    commission[(r["owner"], q)] += D(r["amount"]) * rate
    if acct["new_logo"] == "yes" and first[r["account"]] == r["id"]:
        bonus[(r["owner"], q)] += D(1000)
        bonus_deals[(r["owner"], q)].append(r["id"])

if len(sys.argv) > 2 and sys.argv[2] == "lines":
    for p in sorted(people):
        for q in range(1, 5):
            if (p, q) in commission:
                c = min(commission[(p, q)], CAP).quantize(cent, ROUND_HALF_EVEN)
                print(f"{p},2027-Q{q},Commission,,{c}")
            for deal in bonus_deals[(p, q)]:
                print(f"{p},2027-Q{q},New logo bonus,{deal},1000.00")
    sys.exit(0)

total = D(0)
for p in sorted(people):
    ytd = D(0)
    for q in range(1, 5):
        # the component's quarter: capped at 15,000, then rounded once (a component's line)
        c = min(commission[(p, q)], CAP).quantize(cent, ROUND_HALF_EVEN)
        x = c + bonus[(p, q)].quantize(cent)
        ytd += x
        total += x
        print(f"{p},2027-Q{q},{x},{ytd},USD")
print("total", total, file=sys.stderr)
