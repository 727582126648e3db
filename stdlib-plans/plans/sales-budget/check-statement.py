"""An independent computation of the sales-budget plan's statement, from the CSV files alone
(Python integers in cents and decimal, no Compass code). Prints participant,period,payout,ytd,
currency per line; with --teams, team,period,budget,before_budget,earned,bookings instead."""
import csv, sys, collections
from decimal import Decimal as D, ROUND_HALF_EVEN

d = sys.argv[1] if len(sys.argv) > 1 else "."
cent = D("0.01")
QUOTA = D(150_000)
team = {r["id"]: r["team"] for r in csv.DictReader(open(f"{d}/people.csv"))}
budget = {(r["team"], int(r["period"][-1])): D(r["amount"])
          for r in csv.DictReader(open(f"{d}/budgets.csv"))}
booked = collections.defaultdict(D)
for r in csv.DictReader(open(f"{d}/deals.csv")):
    if r["stage"] == "closed_won":
        booked[(r["owner"], (int(r["close_date"][5:7]) - 1) // 3 + 1)] += D(r["amount"])

# what each AE earns in a quarter: 6% up to the quota, 10% above (rounded once), 1,000 at 120%
earned = {}
for p in team:
    for q in range(1, 5):
        b = booked[(p, q)]
        commission = D("0.06") * min(b, QUOTA) + D("0.10") * max(b - QUOTA, D(0))
        kicker = D(1000) if b >= D("1.2") * QUOTA else D(0)
        earned[(p, q)] = commission.quantize(cent, ROUND_HALF_EVEN) + kicker

# a team over its budget: each member's cents x budget / total, rounded down; the cents left
# over one each to the largest remainders, ties by id (the largest remainder method)
paid = dict(earned)
teams = []
for t in sorted(set(team.values())):
    members = sorted(p for p in team if team[p] == t)
    for q in range(1, 5):
        cents = {p: int(earned[(p, q)] * 100) for p in members if earned[(p, q)] > 0}
        total = sum(cents.values())
        b = int(budget[(t, q)] * 100)
        if total > b:
            down = {p: c * b // total for p, c in cents.items()}
            order = sorted(cents, key=lambda p: (-(cents[p] * b % total), p))
            for p in order[: b - sum(down.values())]:
                down[p] += 1
            for p in cents:
                paid[(p, q)] = D(down[p]) / 100
        after = sum(paid[(p, q)] for p in members)
        bookings = sum(booked[(p, q)] for p in members)
        teams.append(f"{t},2027-Q{q},{budget[(t, q)]:.2f},{sum(earned[(p, q)] for p in members):.2f},"
                     f"{after:.2f},{bookings:.2f}")

if "--teams" in sys.argv:
    print("\n".join(teams))
    sys.exit()
total = D(0)
for p in sorted(team):
    ytd = D(0)
    for q in range(1, 5):
        x = paid[(p, q)].quantize(cent)
        ytd += x
        total += x
        print(f"{p},2027-Q{q},{x},{ytd},USD")
print("total", total, file=sys.stderr)
