package dev.softdelete;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** Connections that answer only with a product name, for dialect detection. */
final class FakeConnections {
  private FakeConnections() {}

  static Connection withProduct(String productName) {
    DatabaseMetaData metaData =
        (DatabaseMetaData) Proxy.newProxyInstance(
            FakeConnections.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getDatabaseProductName")) {
                return productName;
              }
              throw new UnsupportedOperationException(method.getName());
            });
    return (Connection) Proxy.newProxyInstance(
        FakeConnections.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getMetaData")) {
            return metaData;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
