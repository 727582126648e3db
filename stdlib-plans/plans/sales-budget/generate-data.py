"""Writes the sales-budget plan's data: people.csv, deals.csv, budgets.csv (seeded, so the same
files every time). Run from this folder: python3 generate-data.py"""
import csv, random
from datetime import date, timedelta

rng = random.Random(15)
TEAMS = {
    "east": "ann bob cy dee eve fay".split(),
    "west": "gus hal ida jon kai lea".split(),
    "north": "max nia oli pia quin rae".split(),
    "south": "sam tia uma vic wes xia".split(),
}
reps = [(n, t) for t, names in TEAMS.items() for n in names]

with open("people.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "role", "team"])
    for n, t in sorted(reps):
        w.writerow([n, "ae", t])

with open("deals.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "owner", "amount", "stage", "close_date"])
    for i in range(1, 641):
        day = date(2027, 1, 1) + timedelta(days=rng.randrange(365))
        owner = rng.choice(reps)[0]
        amount = round(rng.lognormvariate(10.3, 0.55), 2)
        stage = rng.choices(["closed_won", "closed_lost", "negotiation"], [62, 28, 10])[0]
        w.writerow([f"SB-{i:04d}", owner, f"{amount:.2f}", stage, day.isoformat()])

# each team's budget for each quarter, in whole hundreds: some quarters are exceeded
with open("budgets.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["team", "period", "amount"])
    for t in TEAMS:
        for q in range(1, 5):
            w.writerow([t, f"2027-Q{q}", rng.randrange(450, 800) * 100])
