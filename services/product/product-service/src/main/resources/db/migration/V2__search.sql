-- Search on PostgreSQL (docs/adr/0005-product-search.md): a weighted tsvector kept in the
-- product row, columns that filters, sorts and facets read without joins, and a lexicon of
-- the words of active products for typo correction and completions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Kept by refresh_product_search() after every change of a product, its category or its stock.
ALTER TABLE product
    ADD COLUMN category_names  text    NOT NULL DEFAULT '',     -- the category's name and its ancestors'
    ADD COLUMN price_min       bigint  NOT NULL DEFAULT 0,      -- the lowest variant price
    ADD COLUMN price_max       bigint  NOT NULL DEFAULT 0,      -- the highest variant price
    ADD COLUMN attribute_terms text[]  NOT NULL DEFAULT '{}',   -- 'name=value', lower case, of the product and its variants
    ADD COLUMN in_stock        boolean NOT NULL DEFAULT false;  -- some variant is available

-- Name A, brand B, category names C, description D; English stemming.
ALTER TABLE product ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A')
        || setweight(to_tsvector('english', coalesce(brand, '')), 'B')
        || setweight(to_tsvector('english', category_names), 'C')
        || setweight(to_tsvector('english', coalesce(description, '')), 'D')) STORED;

-- The words of the name without stemming, for completions of what a shopper types.
ALTER TABLE product ADD COLUMN name_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED;

CREATE INDEX product_search_vector ON product USING gin (search_vector);
CREATE INDEX product_name_words ON product USING gin (name_words);
CREATE INDEX product_attribute_terms ON product USING gin (attribute_terms);
CREATE INDEX product_active_brand ON product (lower(brand)) WHERE status = 'ACTIVE';
CREATE INDEX product_active_newest ON product (created_at DESC, id) WHERE status = 'ACTIVE';
CREATE INDEX product_active_price ON product (price_min, id) WHERE status = 'ACTIVE';
CREATE INDEX product_active_category ON product (category_id) WHERE status = 'ACTIVE';

-- Recomputes what search reads from a product's variants, category tree and stock.
CREATE FUNCTION refresh_product_search(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE product p SET
        category_names = coalesce((
            WITH RECURSIVE up (id, parent_id, name, depth) AS (
                SELECT c.id, c.parent_id, c.name, 0 FROM category c WHERE c.id = p.category_id
                UNION ALL
                SELECT c.id, c.parent_id, c.name, up.depth + 1 FROM category c JOIN up ON c.id = up.parent_id
                WHERE up.depth < 20)
            SELECT string_agg(name, ' ' ORDER BY depth) FROM up), ''),
        price_min = coalesce((SELECT min(v.price_amount) FROM product_variant v WHERE v.product_id = p.id), 0),
        price_max = coalesce((SELECT max(v.price_amount) FROM product_variant v WHERE v.product_id = p.id), 0),
        attribute_terms = coalesce((
            SELECT array_agg(DISTINCT term ORDER BY term) FROM (
                SELECT lower(a.key) || '=' || lower(a.value) AS term FROM jsonb_each_text(p.attributes) a
                UNION
                SELECT lower(a.key) || '=' || lower(a.value)
                FROM product_variant v, jsonb_each_text(v.attributes) a WHERE v.product_id = p.id) terms), '{}'),
        in_stock = EXISTS (
            SELECT 1 FROM product_variant v JOIN stock_level s ON s.sku = v.sku
            WHERE v.product_id = p.id AND s.available > 0)
    WHERE p.id = ANY (ids);
$$;

-- The words of active products' names and brands, with the number of products using each:
-- what typo correction and completions choose from. Kept by a trigger, so that every way of
-- writing products (the service, the demo import, a bulk load) keeps it right.
CREATE TABLE search_word (
    word     text PRIMARY KEY,
    products int  NOT NULL
);

CREATE INDEX search_word_trigram ON search_word USING gin (word gin_trgm_ops);
CREATE INDEX search_word_prefix ON search_word (word text_pattern_ops);

CREATE FUNCTION search_words(name text, brand text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}')
    FROM regexp_split_to_table(lower(coalesce(name, '') || ' ' || coalesce(brand, '')), '[^[:alnum:]]+') AS w
    WHERE length(w) >= 2;
$$;

-- Per statement, from the rows it changed, so that a bulk load counts each word once. Words are
-- upserted in a fixed order, so that concurrent writers lock them in the same order.
CREATE FUNCTION product_search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_word (word, products)
        SELECT word, count(*) FROM new_rows, unnest(search_words(name, brand)) AS word
        WHERE status = 'ACTIVE' GROUP BY word ORDER BY word
        ON CONFLICT (word) DO UPDATE SET products = search_word.products + excluded.products;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_word (word, products)
        SELECT word, -count(*) FROM old_rows, unnest(search_words(name, brand)) AS word
        WHERE status = 'ACTIVE' GROUP BY word ORDER BY word
        ON CONFLICT (word) DO UPDATE SET products = search_word.products + excluded.products;
    ELSE
        INSERT INTO search_word (word, products)
        SELECT word, sum(side_delta) FROM (
            SELECT o.name, o.brand, o.status, -1 AS delta, n.name AS new_name, n.brand AS new_brand, n.status AS new_status
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.name, o.brand, o.status) IS DISTINCT FROM (n.name, n.brand, n.status)) changed
        CROSS JOIN LATERAL (VALUES (name, brand, status, delta), (new_name, new_brand, new_status, 1))
            AS side (side_name, side_brand, side_status, side_delta)
        CROSS JOIN LATERAL unnest(search_words(side_name, side_brand)) AS word
        WHERE side_status = 'ACTIVE'
        GROUP BY word HAVING sum(side_delta) <> 0 ORDER BY word
        ON CONFLICT (word) DO UPDATE SET products = search_word.products + excluded.products;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER product_search_words_inserted AFTER INSERT ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_search_words_changed();
CREATE TRIGGER product_search_words_updated AFTER UPDATE ON product
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_search_words_changed();
CREATE TRIGGER product_search_words_deleted AFTER DELETE ON product
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_search_words_changed();
