# Generates services/product/product-service/src/main/resources/demo/catalog.csv from the shared data set (run once,
# from the repository root: python3 services/product/product-service/src/etc/demo-extract.py).
import csv, gzip, collections, re
SRC = '../shared/data/online-retail/online-retail-2010-12-to-2011-09.csv.gz'
OUT = 'services/product/product-service/src/main/resources/demo/catalog.csv'
SMALL = {'a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'}

def title(text):
    words = re.sub(r'\s+', ' ', text.strip()).split(' ')
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and low in SMALL:
            out.append(low)
            continue
        # capitalise after the start, '-', '/', '(' and '.', not after an apostrophe
        out.append(re.sub(r"(^|[-/(.&+])([a-z])", lambda m: m.group(1) + m.group(2).upper(), low))
    return ' '.join(out)

desc = collections.defaultdict(collections.Counter)
price = collections.defaultdict(collections.Counter)
with gzip.open(SRC, 'rt', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        code = row['StockCode'].strip().upper()
        if not re.fullmatch(r'\d{5}[A-Z]{0,3}', code):
            continue  # postage, manual, fees, vouchers: not products
        if row['InvoiceNo'].startswith('C'):
            continue
        try:
            quantity = int(row['Quantity'])
            pence = round(float(row['UnitPrice']) * 100)
        except ValueError:
            continue
        d = row['Description'].strip()
        if quantity <= 0 or pence <= 0 or not d:
            continue
        desc[code][d] += 1
        price[code][pence] += 1
with open(OUT, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['stock_code', 'name', 'price_pence'])
    for code in sorted(desc):
        # most common price; on a tie the lower one
        pence = sorted(price[code].items(), key=lambda e: (-e[1], e[0]))[0][0]
        w.writerow([code, title(desc[code].most_common(1)[0][0]), pence])
print(len(desc))
