# Generates the demo shoppers and their order history from the shared online-retail data set (run from the
# repository root: python3 services/order/order-service/src/etc/demo-history-extract.py). Writes
#   services/{user,order,recommendation}/*-service/src/main/resources/demo/shoppers.tsv  (the same file, three copies)
#   services/order/order-service/src/main/resources/demo/retail-orders.tsv               (one row per invoice)
#   services/order/order-service/src/main/resources/demo/retail-order-lines.tsv.gz       (one row per line)
# Tab-separated with a header, no quoting (no field holds a tab or a line break), so that the services read them by
# splitting lines. Deterministic: the same input gives the same files, byte for byte.
import collections, csv, gzip, hashlib, io, random, re, uuid
from decimal import Decimal, ROUND_HALF_UP

SRC = '../shared/data/online-retail/online-retail-2010-12-to-2011-09.csv.gz'
CATALOG = 'services/product/product-service/src/main/resources/demo/catalog.csv'
SHOPPERS = ['services/%s/%s-service/src/main/resources/demo/shoppers.tsv' % (s, s)
            for s in ('user', 'order', 'recommendation')]
ORDERS = 'services/order/order-service/src/main/resources/demo/retail-orders.tsv'
LINES = 'services/order/order-service/src/main/resources/demo/retail-order-lines.tsv.gz'
HOW_MANY = 25
# what the shop charged for delivery, as lines of the invoice: postage, dotcom postage, carriage
POSTAGE = {'POST', 'DOT', 'C2'}

COUNTRIES = {  # the data's country → ISO 3166 code, names and a made-up address
    'United Kingdom': ('GB', ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Emily', 'Charlie',
                              'Sophie', 'Thomas', 'Grace', 'James', 'Lily', 'William', 'Ella', 'Daniel', 'Freya',
                              'Samuel', 'Ruby', 'Joseph', 'Alice', 'Henry', 'Evie', 'Edward', 'Matilda'],
                       ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
                        'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood',
                        'Jackson', 'Clarke', 'Patel', 'Hughes', 'Edwards', 'Turner', 'Hill', 'Cooper'],
                       [('Leeds', 'LS'), ('Bristol', 'BS'), ('Manchester', 'M'), ('York', 'YO'), ('Norwich', 'NR'),
                        ('Bath', 'BA'), ('Oxford', 'OX'), ('Brighton', 'BN'), ('Exeter', 'EX'), ('Leicester', 'LE')],
                       ['Orchard Lane', 'Station Road', 'Church Street', 'Mill Lane', 'Victoria Road', 'High Street',
                        'Park Avenue', 'Queens Road', 'Manor Close', 'The Green']),
    'EIRE': ('IE', ['Aoife', 'Conor', 'Siobhan', 'Cian', 'Niamh', 'Oisin', 'Saoirse', 'Darragh'],
             ['Murphy', 'Kelly', 'Byrne', 'Ryan', "O'Brien", 'Walsh', 'Doyle', 'McCarthy'],
             [('Dublin', 'D0'), ('Cork', 'T1'), ('Galway', 'H9')],
             ['Main Street', 'Church Road', 'Strand Road', 'Abbey Street']),
    'Netherlands': ('NL', ['Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Tess'],
                    ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser'],
                    [('Amsterdam', '10'), ('Utrecht', '35'), ('Rotterdam', '30')],
                    ['Keizersgracht', 'Lindenstraat', 'Kerkstraat', 'Molenweg']),
}


def user_id(customer):
    """Java's UUID.nameUUIDFromBytes(("retail-customer:" + customer).getBytes(UTF_8))."""
    return str(uuid.UUID(bytes=hashlib.md5(('retail-customer:%s' % customer).encode()).digest(), version=3))


def shopper(customer, country):
    code, firsts, lasts, cities, streets = COUNTRIES[country]
    rnd = random.Random(int(customer))
    name = '%s %s' % (rnd.choice(firsts), rnd.choice(lasts))
    city, area = rnd.choice(cities)
    if code == 'GB':
        line1 = '%d %s' % (rnd.randint(2, 180), rnd.choice(streets))
        postal = '%s%d %d%s' % (area, rnd.randint(1, 19), rnd.randint(1, 9),
                                ''.join(rnd.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2)))
    elif code == 'IE':
        line1 = '%d %s' % (rnd.randint(2, 90), rnd.choice(streets))
        postal = '%s%d %s' % (area, rnd.randint(1, 9), ''.join(rnd.choice('ACDEFHKNPRTVWXY0123456789')
                                                               for _ in range(4)))
    else:
        line1 = '%s %d' % (rnd.choice(streets), rnd.randint(2, 300))
        postal = '%s%02d %s' % (area, rnd.randint(10, 99), ''.join(rnd.choice('ABCEGHJKLNPRSTVWXZ')
                                                                   for _ in range(2)))
    return [customer, user_id(customer), 'shopper-%s@demo.shop' % customer, name, line1, city, postal, code]


class tsv:
    def __init__(self, out):
        self.out = out

    def writerow(self, fields):
        fields = [str(field) for field in fields]
        assert not any(re.search(r'[\t\r\n]', field) for field in fields), fields
        self.out.write('\t'.join(fields) + '\n')


def pence(price):
    return int((Decimal(price) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


catalog = {r['stock_code']: r['name'] for r in csv.DictReader(open(CATALOG, encoding='utf-8'))}
rows = []
with gzip.open(SRC, 'rt', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        customer = r['CustomerID'].strip()
        if not customer or r['InvoiceNo'].startswith('C'):
            continue  # guests; cancellations
        try:
            quantity, price = int(r['Quantity']), pence(r['UnitPrice'])
        except (ValueError, ArithmeticError):
            continue
        if quantity <= 0 or price <= 0:
            continue  # adjustments, damages
        rows.append((r['InvoiceNo'], str(int(float(customer))), r['InvoiceDate'], r['StockCode'].strip().upper(),
                     quantity, price, r['Country']))

invoices = collections.defaultdict(set)
for invoice, customer, _, sku, _, _, _ in rows:
    if sku in catalog:
        invoices[customer].add(invoice)
chosen = sorted(invoices, key=lambda c: (-len(invoices[c]), int(c)))[:HOW_MANY]
chosen_set = set(chosen)

countries, placed, shipping = {}, {}, collections.Counter()
lines = collections.OrderedDict()  # (invoice, sku) -> [quantity, price]
other_price = 0
for invoice, customer, at, sku, quantity, price, country in rows:
    if customer not in chosen_set:
        continue
    countries.setdefault(customer, country)
    if sku in POSTAGE:
        shipping[invoice] += quantity * price
    if sku not in catalog:
        continue
    placed.setdefault(invoice, (customer, at))
    line = lines.setdefault((invoice, sku), [0, price])
    if line[1] == price:
        line[0] += quantity
    else:
        other_price += 1  # the same SKU again at another price: the line keeps its first price

for path in SHOPPERS:
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = tsv(f)
        w.writerow(['customer_id', 'user_id', 'email', 'full_name', 'line1', 'city', 'postal_code', 'country'])
        for customer in chosen:
            w.writerow(shopper(customer, countries[customer]))

with open(ORDERS, 'w', newline='', encoding='utf-8') as f:
    w = tsv(f)
    w.writerow(['invoice', 'customer_id', 'placed_at', 'shipping_pence'])
    for invoice, (customer, at) in sorted(placed.items()):
        w.writerow([invoice, customer, at.replace(' ', 'T') + 'Z', shipping[invoice]])

buffer = io.StringIO()
w = tsv(buffer)
w.writerow(['invoice', 'sku', 'name', 'quantity', 'unit_price_pence'])
for (invoice, sku), (quantity, price) in sorted(lines.items(), key=lambda e: e[0][0]):
    w.writerow([invoice, sku, catalog[sku], quantity, price])
with open(LINES, 'wb') as f:
    # mtime 0: the same bytes on every run
    with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0) as gz:
        gz.write(buffer.getvalue().encode('utf-8'))

print('%d shoppers, %d orders, %d lines, %d rows left out for a second price of a SKU on one invoice'
      % (len(chosen), len(placed), len(lines), other_price))
