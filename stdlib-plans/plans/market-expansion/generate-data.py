"""Writes the market-expansion plan's data: people.csv, accounts.csv, deals.csv.

Deterministic (Python's `random` seeded with 2027; the same files on every run):
    python3 generate-data.py .
40 account executives, 320 accounts in four regions (APAC and LATAM are the new ones; about 40%
of accounts are new logos), 1,400 deals in 2027 (about 60% won), amounts 5,000.00 to 90,000.00.
"""
import random
import sys
from datetime import date, timedelta

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(2027)

aes = [f"ae{i:02d}" for i in range(1, 41)]
regions = ["NA", "EMEA", "APAC", "LATAM"]
accounts = []
for i in range(1, 321):
    region = regions[rng.randrange(4)]
    new_logo = "yes" if rng.random() < 0.4 else "no"
    accounts.append((f"acct-{i:03d}", region, new_logo))

stages = ["prospecting", "qualification", "negotiation", "closed_lost"]
deals = []
start = date(2027, 1, 1)
for i in range(1, 1401):
    owner = aes[rng.randrange(len(aes))]
    account = accounts[rng.randrange(len(accounts))][0]
    cents = rng.randrange(500000, 9000001)
    stage = "closed_won" if rng.random() < 0.6 else stages[rng.randrange(4)]
    close = start + timedelta(days=rng.randrange(365))
    deals.append((f"D{i:05d}", owner, account, f"{cents // 100}.{cents % 100:02d}", stage, close.isoformat()))

with open(f"{out}/people.csv", "w") as f:
    f.write("id,role\n")
    for a in aes:
        f.write(f"{a},ae\n")
with open(f"{out}/accounts.csv", "w") as f:
    f.write("account,region,new_logo\n")
    for a in accounts:
        f.write(",".join(a) + "\n")
with open(f"{out}/deals.csv", "w") as f:
    f.write("id,owner,account,amount,stage,close_date\n")
    for d in deals:
        f.write(",".join(d) + "\n")
