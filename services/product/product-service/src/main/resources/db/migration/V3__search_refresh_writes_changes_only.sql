-- refresh_product_search() rewrote every product it was given, changed or not, and each write
-- recomputes the row's two tsvectors and updates its three GIN indexes. Most calls change
-- nothing: a stock change of a SKU that stays in stock, a product saved without a new price. The
-- fields are now computed by one function and a product is written only when they differ. Both
-- functions are PL/pgSQL, whose statements are planned once per session: a LANGUAGE sql function
-- that is not inlined plans its query on every call, and that planning was most of the 2.8 ms a
-- call took (5,318 stock changes at the demo start cost 16.6 s of PostgreSQL time before).

CREATE TYPE product_search_fields AS (
    category_names  text,
    price_min       bigint,
    price_max       bigint,
    attribute_terms text[],
    in_stock        boolean
);

-- What search reads from a product's variants, category tree and stock.
CREATE FUNCTION product_search_fields(product_id uuid, category_id uuid, attributes jsonb)
    RETURNS product_search_fields LANGUAGE plpgsql STABLE AS $$
DECLARE
    fields product_search_fields;
BEGIN
    SELECT
        coalesce((
            WITH RECURSIVE up (id, parent_id, name, depth) AS (
                SELECT c.id, c.parent_id, c.name, 0 FROM category c WHERE c.id = product_search_fields.category_id
                UNION ALL
                SELECT c.id, c.parent_id, c.name, up.depth + 1 FROM category c JOIN up ON c.id = up.parent_id
                WHERE up.depth < 20)
            SELECT string_agg(name, ' ' ORDER BY depth) FROM up), ''),
        coalesce((SELECT min(v.price_amount) FROM product_variant v
                  WHERE v.product_id = product_search_fields.product_id), 0),
        coalesce((SELECT max(v.price_amount) FROM product_variant v
                  WHERE v.product_id = product_search_fields.product_id), 0),
        coalesce((
            SELECT array_agg(DISTINCT term ORDER BY term) FROM (
                SELECT lower(a.key) || '=' || lower(a.value) AS term
                FROM jsonb_each_text(product_search_fields.attributes) a
                UNION
                SELECT lower(a.key) || '=' || lower(a.value)
                FROM product_variant v, jsonb_each_text(v.attributes) a
                WHERE v.product_id = product_search_fields.product_id) terms), '{}'),
        EXISTS (
            SELECT 1 FROM product_variant v JOIN stock_level s ON s.sku = v.sku
            WHERE v.product_id = product_search_fields.product_id AND s.available > 0)
    INTO fields;
    RETURN fields;
END;
$$;

-- Recomputes what search reads, writing only the products where it changed.
CREATE OR REPLACE FUNCTION refresh_product_search(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE product p SET (category_names, price_min, price_max, attribute_terms, in_stock) = (
        SELECT f.category_names, f.price_min, f.price_max, f.attribute_terms, f.in_stock
        FROM product_search_fields(p.id, p.category_id, p.attributes) f)
    WHERE p.id = ANY (ids)
      AND ROW(p.category_names, p.price_min, p.price_max, p.attribute_terms, p.in_stock)::product_search_fields
          IS DISTINCT FROM product_search_fields(p.id, p.category_id, p.attributes);
END;
$$;
