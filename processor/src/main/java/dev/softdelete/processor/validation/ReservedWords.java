package dev.softdelete.processor.validation;

import dev.softdelete.Dialect;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reserved words of the SQL dialects, each list from that dialect's documentation.
 *
 * <p>The generated SQL does not quote identifiers, so a table or column name that is a reserved
 * word in any supported dialect would break the generated statements there. Each dialect has its
 * own list below, taken from that dialect's documentation; only words that cannot be used as an
 * unquoted table or column name are listed (non-reserved keywords are not).
 *
 * <p>Dialects, in the order they are reported: H2 2.x, PostgreSQL 15+, MySQL 8 / MariaDB
 * 10.x-11.x, SQLite 3, SQL Server 2019+, Oracle 19c+.
 */
public final class ReservedWords {

  // ---------------------------------------------------------------------------------------------
  // H2 2.x
  //
  // Source: H2 documentation, "Advanced" page, section "Keywords / Reserved Words",
  //   https://h2database.com/html/advanced.html#keywords
  // Only the words H2 always treats as keywords are listed. The words marked "CS"
  // (context-sensitive) on that page -- BOTH, GROUPS, ILIKE, LEADING, OVER, PARTITION, RANGE,
  // REGEXP, ROWS, TOP, TRAILING -- are accepted by H2 as unquoted table and column names and
  // are therefore not listed.
  // Cross-checked against the keyword table of org.h2.util.ParserUtil in H2 2.3.232 and
  // 2.4.240 (identical), and by creating/querying a table and a column named after each word.
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> H2 = words("""
      _ROWID_ ALL AND ANY ARRAY AS ASYMMETRIC AUTHORIZATION BETWEEN CASE CAST CHECK
      CONSTRAINT CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_PATH CURRENT_ROLE CURRENT_SCHEMA
      CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DAY DEFAULT DISTINCT ELSE END EXCEPT EXISTS
      FALSE FETCH FOR FOREIGN FROM FULL GROUP HAVING HOUR IF IN INNER INTERSECT INTERVAL IS
      JOIN KEY LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP MINUS MINUTE MONTH NATURAL NOT NULL
      OFFSET ON OR ORDER PRIMARY QUALIFY RIGHT ROW ROWNUM SECOND SELECT SESSION_USER SET SOME
      SYMMETRIC SYSTEM_USER TABLE TO TRUE UESCAPE UNION UNIQUE UNKNOWN USER USING VALUE VALUES
      WHEN WHERE WINDOW WITH YEAR
      """);

  // ---------------------------------------------------------------------------------------------
  // PostgreSQL 15+
  //
  // Source: PostgreSQL documentation, Appendix C "SQL Key Words", Table C.1,
  //   https://www.postgresql.org/docs/current/sql-keywords-appendix.html
  // Words whose PostgreSQL column reads "reserved" or "reserved (can be function or type)".
  // Words marked "non-reserved" (including "non-reserved (cannot be function or type)", e.g.
  // ROW, BETWEEN, INT) are valid table and column names and are not listed.
  // Cross-checked against pg_get_keywords() (catcode R and T) on PostgreSQL 15.18.
  // SYSTEM_USER became a reserved key word in PostgreSQL 16 (it is not reserved in 15); it is
  // included from the PostgreSQL 16+ documentation, not checked against a running 16+ server.
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> POSTGRESQL = words("""
      ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST
      CHECK COLLATE COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG
      CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER
      DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM
      FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL
      LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY
      OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER
      SIMILAR SOME SYMMETRIC SYSTEM_USER TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE
      USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH
      """);

  // ---------------------------------------------------------------------------------------------
  // MySQL 8 (reported together with MariaDB as "MySQL/MariaDB")
  //
  // Source: MySQL 8.0 Reference Manual, "Keywords and Reserved Words", the entries marked (R),
  //   https://dev.mysql.com/doc/refman/8.0/en/keywords.html
  // (also https://dev.mysql.com/doc/mysqld-version-reference/en/keywords-8-0.html),
  // taking the state of the latest 8.0 release (e.g. INTERSECT, reserved since 8.0.31; ARRAY
  // and MEMBER, reserved only in 8.0.17-8.0.18, are not listed).
  // Plus the four words that became reserved in MySQL 8.4 LTS: MANUAL, PARALLEL, QUALIFY,
  // TABLESAMPLE (https://dev.mysql.com/doc/refman/8.4/en/keywords.html; see also MySQL bug
  // #114874, which shows CREATE TABLE failing for each of them on 8.4.0).
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> MYSQL = words("""
      ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY BLOB
      BOTH BY CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION
      CONSTRAINT CONTINUE CONVERT CREATE CROSS CUBE CUME_DIST CURRENT_DATE CURRENT_TIME
      CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DATABASES DAY_HOUR DAY_MICROSECOND
      DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE DEFAULT DELAYED DELETE DENSE_RANK DESC
      DESCRIBE DETERMINISTIC DISTINCT DISTINCTROW DIV DOUBLE DROP DUAL EACH ELSE ELSEIF EMPTY
      ENCLOSED ESCAPED EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FIRST_VALUE FLOAT FLOAT4 FLOAT8
      FOR FORCE FOREIGN FROM FULLTEXT FUNCTION GENERATED GET GRANT GROUP GROUPING GROUPS
      HAVING HIGH_PRIORITY HOUR_MICROSECOND HOUR_MINUTE HOUR_SECOND IF IGNORE IN INDEX INFILE
      INNER INOUT INSENSITIVE INSERT INT INT1 INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL
      INTO IO_AFTER_GTIDS IO_BEFORE_GTIDS IS ITERATE JOIN JSON_TABLE KEY KEYS KILL LAG
      LAST_VALUE LATERAL LEAD LEADING LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME
      LOCALTIMESTAMP LOCK LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY MANUAL MASTER_BIND
      MASTER_SSL_VERIFY_SERVER_CERT MATCH MAXVALUE MEDIUMBLOB MEDIUMINT MEDIUMTEXT MIDDLEINT
      MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES NATURAL NOT NO_WRITE_TO_BINLOG NTH_VALUE
      NTILE NULL NUMERIC OF ON OPTIMIZE OPTIMIZER_COSTS OPTION OPTIONALLY OR ORDER OUT OUTER
      OUTFILE OVER PARALLEL PARTITION PERCENT_RANK PRECISION PRIMARY PROCEDURE PURGE QUALIFY
      RANGE RANK READ READS READ_WRITE REAL RECURSIVE REFERENCES REGEXP RELEASE RENAME REPEAT
      REPLACE REQUIRE RESIGNAL RESTRICT RETURN REVOKE RIGHT RLIKE ROW ROWS ROW_NUMBER SCHEMA
      SCHEMAS SECOND_MICROSECOND SELECT SENSITIVE SEPARATOR SET SHOW SIGNAL SMALLINT SPATIAL
      SPECIFIC SQL SQLEXCEPTION SQLSTATE SQLWARNING SQL_BIG_RESULT SQL_CALC_FOUND_ROWS
      SQL_SMALL_RESULT SSL STARTING STORED STRAIGHT_JOIN SYSTEM TABLE TABLESAMPLE TERMINATED
      THEN TINYBLOB TINYINT TINYTEXT TO TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK
      UNSIGNED UPDATE USAGE USE USING UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES VARBINARY VARCHAR
      VARCHARACTER VARYING VIRTUAL WHEN WHERE WHILE WINDOW WITH WRITE XOR YEAR_MONTH ZEROFILL
      """);

  // ---------------------------------------------------------------------------------------------
  // MariaDB 10.x-11.x (reported together with MySQL as "MySQL/MariaDB")
  //
  // Source: MariaDB documentation, "Reserved Words",
  //   https://mariadb.com/kb/en/reserved-words/
  //   (now https://mariadb.com/docs/server/reference/sql-structure/sql-language-structure/reserved-words)
  // The main "Reserved Words" table (default sql_mode). The extra words reserved only with
  // sql_mode=ORACLE (BODY, ELSIF, GOTO, OTHERS, PACKAGE, RAISE, ROWTYPE, ...) are not listed;
  // the "Exceptions" table on that page (ACTION, BIT, DATE, ENUM, NO, TEXT, TIME, TIMESTAMP)
  // lists words that ARE allowed unquoted.
  // Plus OFFSET, reserved since MariaDB 10.6 (MariaDB 10.6 release notes).
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> MARIADB = words("""
      ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY BLOB
      BOTH BY CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION
      CONSTRAINT CONTINUE CONVERT CREATE CROSS CURRENT_DATE CURRENT_ROLE CURRENT_TIME
      CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DATABASES DAY_HOUR DAY_MICROSECOND
      DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE DEFAULT DELAYED DELETE DELETE_DOMAIN_ID DESC
      DESCRIBE DETERMINISTIC DISTINCT DISTINCTROW DIV DO_DOMAIN_IDS DOUBLE DROP DUAL EACH ELSE
      ELSEIF ENCLOSED ESCAPED EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FLOAT FLOAT4 FLOAT8 FOR
      FORCE FOREIGN FROM FULLTEXT GENERAL GRANT GROUP HAVING HIGH_PRIORITY HOUR_MICROSECOND
      HOUR_MINUTE HOUR_SECOND IF IGNORE IGNORE_DOMAIN_IDS IGNORE_SERVER_IDS IN INDEX INFILE
      INNER INOUT INSENSITIVE INSERT INT INT1 INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL
      INTO IS ITERATE JOIN KEY KEYS KILL LEADING LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD
      LOCALTIME LOCALTIMESTAMP LOCK LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY
      MASTER_HEARTBEAT_PERIOD MASTER_SSL_VERIFY_SERVER_CERT MATCH MAXVALUE MEDIUMBLOB
      MEDIUMINT MEDIUMTEXT MIDDLEINT MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES NATURAL NOT
      NO_WRITE_TO_BINLOG NULL NUMERIC OFFSET ON OPTIMIZE OPTION OPTIONALLY OR ORDER OUT OUTER
      OUTFILE OVER PAGE_CHECKSUM PARSE_VCOL_EXPR PARTITION POSITION PRECISION PRIMARY
      PROCEDURE PURGE RANGE READ READS READ_WRITE REAL RECURSIVE REF_SYSTEM_ID REFERENCES
      REGEXP RELEASE RENAME REPEAT REPLACE REQUIRE RESIGNAL RESTRICT RETURN RETURNING REVOKE
      RIGHT RLIKE ROWS SCHEMA SCHEMAS SECOND_MICROSECOND SELECT SENSITIVE SEPARATOR SET SHOW
      SIGNAL SLOW SMALLINT SPATIAL SPECIFIC SQL SQLEXCEPTION SQLSTATE SQLWARNING
      SQL_BIG_RESULT SQL_CALC_FOUND_ROWS SQL_SMALL_RESULT SSL STARTING STATS_AUTO_RECALC
      STATS_PERSISTENT STATS_SAMPLE_PAGES STRAIGHT_JOIN TABLE TERMINATED THEN TINYBLOB TINYINT
      TINYTEXT TO TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK UNSIGNED UPDATE USAGE USE
      USING UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES VARBINARY VARCHAR VARCHARACTER VARYING WHEN
      WHERE WHILE WINDOW WITH WRITE XOR YEAR_MONTH ZEROFILL
      """);

  // ---------------------------------------------------------------------------------------------
  // SQLite 3
  //
  // Source: SQLite documentation, "SQLite Keywords", https://www.sqlite.org/lang_keywords.html
  // SQLite accepts most of its keywords as identifiers: the keywords in the "%fallback ID" list
  // of the grammar (src/parse.y, https://sqlite.org/src/file/src/parse.y), and the join keywords
  // (CROSS, FULL, INNER, LEFT, NATURAL, OUTER, RIGHT) and INDEXED, which the grammar accepts as
  // names. Listed here are the remaining keywords, which the parser rejects as unquoted names,
  // plus five keywords that parse as names but still cannot safely be used as one:
  //   - CAST and RAISE: a column of that name cannot be referenced in an expression;
  //   - CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP: an unquoted reference evaluates to the
  //     current date/time instead of the column (silently wrong results);
  //   - IF is accepted as a column name but not as a table name ("CREATE TABLE if (...)").
  // Checked against SQLite 3.40.1 (sqlite3 CLI) and 3.51.3 (sqlite-jdbc) by creating, filling,
  // querying, updating and deleting from a table and a column named after every keyword.
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> SQLITE = words("""
      ADD ALL ALTER AND AS AUTOINCREMENT BETWEEN CASE CAST CHECK COLLATE COMMIT CONSTRAINT
      CREATE CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DEFAULT DEFERRABLE DELETE DISTINCT
      DROP ELSE ESCAPE EXCEPT EXISTS FOREIGN FROM GROUP HAVING IF IN INDEX INSERT INTERSECT
      INTO IS ISNULL JOIN LIMIT NOT NOTHING NOTNULL NULL ON OR ORDER PRIMARY RAISE REFERENCES
      RETURNING SELECT SET TABLE THEN TO TRANSACTION UNION UNIQUE UPDATE USING VALUES WHEN
      WHERE
      """);

  // ---------------------------------------------------------------------------------------------
  // SQL Server 2019+
  //
  // Source: Microsoft Learn, "Reserved Keywords (Transact-SQL)", the first table ("SQL Server
  // and Azure Synapse Analytics reserved keywords"; not the ODBC or future keyword lists),
  //   https://learn.microsoft.com/en-us/sql/t-sql/language-elements/reserved-keywords-transact-sql
  // The two-word entry "WITHIN GROUP" is not listed: GROUP is listed on its own, and WITHIN is
  // not reserved by itself.
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> SQL_SERVER = words("""
      ADD ALL ALTER AND ANY AS ASC AUTHORIZATION BACKUP BEGIN BETWEEN BREAK BROWSE BULK BY
      CASCADE CASE CHECK CHECKPOINT CLOSE CLUSTERED COALESCE COLLATE COLUMN COMMIT COMPUTE
      CONSTRAINT CONTAINS CONTAINSTABLE CONTINUE CONVERT CREATE CROSS CURRENT CURRENT_DATE
      CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DBCC DEALLOCATE DECLARE
      DEFAULT DELETE DENY DESC DISK DISTINCT DISTRIBUTED DOUBLE DROP DUMP ELSE END ERRLVL
      ESCAPE EXCEPT EXEC EXECUTE EXISTS EXIT EXTERNAL FETCH FILE FILLFACTOR FOR FOREIGN
      FREETEXT FREETEXTTABLE FROM FULL FUNCTION GOTO GRANT GROUP HAVING HOLDLOCK IDENTITY
      IDENTITY_INSERT IDENTITYCOL IF IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY KILL LEFT
      LIKE LINENO LOAD MERGE NATIONAL NOCHECK NONCLUSTERED NOT NULL NULLIF OF OFF OFFSETS ON
      OPEN OPENDATASOURCE OPENQUERY OPENROWSET OPENXML OPTION OR ORDER OUTER OVER PERCENT PIVOT
      PLAN PRECISION PRIMARY PRINT PROC PROCEDURE PUBLIC RAISERROR READ READTEXT RECONFIGURE
      REFERENCES REPLICATION RESTORE RESTRICT RETURN REVERT REVOKE RIGHT ROLLBACK ROWCOUNT
      ROWGUIDCOL RULE SAVE SCHEMA SECURITYAUDIT SELECT SEMANTICKEYPHRASETABLE
      SEMANTICSIMILARITYDETAILSTABLE SEMANTICSIMILARITYTABLE SESSION_USER SET SETUSER SHUTDOWN
      SOME STATISTICS SYSTEM_USER TABLE TABLESAMPLE TEXTSIZE THEN TO TOP TRAN TRANSACTION
      TRIGGER TRUNCATE TRY_CONVERT TSEQUAL UNION UNIQUE UNPIVOT UPDATE UPDATETEXT USE USER
      VALUES VARYING VIEW WAITFOR WHEN WHERE WHILE WITH WRITETEXT
      """);

  // ---------------------------------------------------------------------------------------------
  // Oracle 19c+
  //
  // Source: Oracle Database SQL Language Reference, appendix "Oracle SQL Reserved Words and
  // Keywords", section "Oracle SQL Reserved Words" (the words V$RESERVED_WORDS reports as
  // reserved),
  //   https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Oracle-SQL-Reserved-Words.html
  // Includes COLUMN_VALUE and NESTED_TABLE_ID (reserved for use as attribute names, note 1 on
  // that page) and ROWID (cannot be an upper-case column name, note 2). PRIVILEGES, listed up
  // to 11g, is no longer on the 12c+ list.
  // ---------------------------------------------------------------------------------------------
  private static final Set<String> ORACLE = words("""
      ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN
      COLUMN_VALUE COMMENT COMPRESS CONNECT CREATE CURRENT DATE DECIMAL DEFAULT DELETE DESC
      DISTINCT DROP ELSE EXCLUSIVE EXISTS FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED
      IMMEDIATE IN INCREMENT INDEX INITIAL INSERT INTEGER INTERSECT INTO IS LEVEL LIKE LOCK
      LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NESTED_TABLE_ID NOAUDIT NOCOMPRESS NOT NOWAIT
      NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PUBLIC RAW RENAME
      RESOURCE REVOKE ROW ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START
      SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION UNIQUE UPDATE USER VALIDATE
      VALUES VARCHAR VARCHAR2 VIEW WHENEVER WHERE WITH
      """);

  /** One dialect covers both: a name must work on either. */
  private static final Set<String> MYSQL_OR_MARIADB = union(MYSQL, MARIADB);

  private ReservedWords() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
     * The dialects among {@code dialects} in which {@code identifier} is reserved, that is cannot be
     * used as an unquoted table or column name, as a comma-separated list of their product names, or
     * empty when none of them reserves it. Case-insensitive.
     */
  public static Optional<String> dialectsReserving(String identifier, Collection<Dialect> dialects) {
    String word = identifier.toUpperCase(Locale.ROOT);
    StringJoiner reserving = new StringJoiner(", ");
    for (Dialect dialect : dialects) {
      if (reservedIn(dialect).contains(word)) {
        reserving.add(dialect.displayName());
      }
    }
    return reserving.length() == 0 ? Optional.empty() : Optional.of(reserving.toString());
  }

  private static Set<String> reservedIn(Dialect dialect) {
    switch (dialect) {
      case H2:
        return H2;
      case POSTGRESQL:
        return POSTGRESQL;
      case MYSQL:
        return MYSQL_OR_MARIADB;
      case SQLITE:
        return SQLITE;
      case SQLSERVER:
        return SQL_SERVER;
      case ORACLE:
        return ORACLE;
      default:
        throw new IllegalArgumentException("No reserved words for " + dialect);
    }
  }

  private static Set<String> words(String list) {
    return Set.copyOf(Arrays.asList(list.strip().toUpperCase(Locale.ROOT).split("\\s+")));
  }
}
