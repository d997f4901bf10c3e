package org.officialvoices.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of the report's data as it is published and frozen in releases: its schema (columns with types and
 * descriptions, primary and foreign keys) and its rows. A cell is a {@link String}, a {@link BigDecimal}, a
 * {@link Boolean} or null (missing).
 */
public record DataTable(String name, String title, String description, List<Column> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        rows = List.copyOf(rows);
    }

    /**
     * A column.
     *
     * @param type a Table Schema type: {@code string}, {@code number}, {@code integer} or {@code boolean}
     */
    public record Column(String name, String type, String description) {
    }

    /** Values of {@code fields} here name a row of {@code resource} by its {@code referenceFields}. */
    public record ForeignKey(List<String> fields, String resource, List<String> referenceFields) {

        public ForeignKey {
            fields = List.copyOf(fields);
            referenceFields = List.copyOf(referenceFields);
        }
    }

    /** The position of {@code column}, or -1. */
    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The table with other rows, same schema. */
    public DataTable withRows(List<List<Object>> newRows) {
        return new DataTable(name, title, description, columns, primaryKey, foreignKeys, newRows);
    }
}
