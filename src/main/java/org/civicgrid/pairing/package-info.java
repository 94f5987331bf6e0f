/**
 * 联点共建 — government units (市直单位, 省级以上文明单位, enterprises) paired with communities for a year:
 * report-ins and visits, the community's needs list, yearly co-building plans with versions, money invested,
 * residents' thanks, and the units' ranking. Needs that become work go to casework by event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pairing")
package org.civicgrid.pairing;
