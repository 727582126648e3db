"""Writes the new-product plan's data: people.csv, products.csv, deals.csv (seeded, so the same
files every time). Run from this folder: python3 generate-data.py"""
import csv, random
from datetime import date, timedelta

rng = random.Random(2027)
NAMES = ("ann bob cy dee eve fay gus hal ida jon kai lea max nia oli pia quin rae sam tia "
         "uma vic wes xia yan zoe abe bea cal dot").split()

with open("people.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "role"])
    for n in NAMES:
        w.writerow([n, n.capitalize() + " " + rng.choice(["Ng", "Okafor", "Silva", "Berg", "Khan", "Rossi"]), "ae"])

# Nova is the new series, launched in 2027; Atlas and Orbit are the existing ones
PRODUCTS = [("NV-100", "Nova", 9_000), ("NV-200", "Nova", 18_000), ("NV-PRO", "Nova", 32_000),
            ("AT-S", "Atlas", 6_000), ("AT-M", "Atlas", 14_000), ("AT-L", "Atlas", 27_000),
            ("OR-1", "Orbit", 4_500), ("OR-2", "Orbit", 11_000), ("OR-X", "Orbit", 40_000)]
with open("products.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["product", "series", "list_price"])
    for p in PRODUCTS:
        w.writerow(p)

with open("deals.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "owner", "product", "amount", "stage", "close_date"])
    start = date(2027, 1, 1)
    for i in range(1, 721):
        day = start + timedelta(days=rng.randrange(365))
        # Nova sells from its launch on 2027-02-01, more in the launch months
        nova = day >= date(2027, 2, 1) and rng.random() < (0.45 if day < date(2027, 7, 1) else 0.3)
        product = rng.choice([p for p in PRODUCTS if (p[1] == "Nova") == nova])
        amount = round(product[2] * rng.uniform(0.7, 1.6), 2)
        stage = rng.choices(["closed_won", "closed_lost", "negotiation"], [62, 26, 12])[0]
        w.writerow([f"NP-{i:04d}", rng.choice(NAMES), product[0], f"{amount:.2f}", stage, day.isoformat()])
