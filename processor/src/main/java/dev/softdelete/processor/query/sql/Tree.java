package dev.softdelete.processor.query.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * What the walker found in the parsed statement.
 *
 * @param frames every SELECT, UPDATE, DELETE and INSERT, outermost first
 * @param markers each placeholder's marker column, and the frame it stands in
 * @param inListParameters the numbers of the parameters that are items of an IN list
 * @param unchecked soft-delete tables read outside any FROM, JOIN or target that a frame knows
 * @param otherSources names that are not tables: WITH queries and aliased subqueries, for messages
 * @param withNames the names of WITH queries
 */
record Tree(
    List<Frame> frames,
    Map<Column, Frame> markers,
    Set<Integer> inListParameters,
    List<Table> unchecked,
    Map<String, String> otherSources,
    List<String> withNames) {

  /** Every table reference of every frame. */
  List<TableRef> refs() {
    return frames.stream().flatMap(f -> f.refs().stream()).toList();
  }

  /** Every reference to a soft-delete table. */
  List<TableRef> softDeleteRefs() {
    return refs().stream().filter(r -> r.entity().isPresent()).toList();
  }
}
