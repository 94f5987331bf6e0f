package org.civicgrid.access.internal;

import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.AccountManagement.CreateUser;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.demo.StartupDataset;
import org.springframework.stereotype.Component;

/** The demo accounts of the public contract (password {@value #PASSWORD}), on the embedded default only. */
@Component
class DemoAccounts implements StartupDataset {

    static final String PASSWORD = "demo-2026";

    private final AccountManagement accounts;
    private final Regions regions;

    DemoAccounts(AccountManagement accounts, Regions regions) {
        this.accounts = accounts;
        this.regions = regions;
    }

    @Override
    public String name() { return "access.demo-accounts"; }

    @Override
    public int order() { return 20; }

    @Override
    public boolean demo() { return true; }

    @Override
    public void load() {
        add("admin", "平台管理员", "PLATFORM_ADMIN", region("株洲市", RegionLevel.CITY));
        add("tianyuan", "天元区管理员", "DISTRICT_OFFICIAL", region("天元区", RegionLevel.DISTRICT));
        add("xiaohutang", "冯芳", "COMMUNITY_WORKER", region("小湖塘社区", RegionLevel.COMMUNITY));
        add("lijiachong", "李家冲社区工作者", "COMMUNITY_WORKER", region("李家冲社区", RegionLevel.COMMUNITY));
        add("hexiaomin", "贺晓敏", "GRID_WORKER", region("李家冲社区第1网格", RegionLevel.GRID));
        add("xiaohutang-grid1", "小湖塘第1网格网格员", "GRID_WORKER", region("小湖塘社区第1网格", RegionLevel.GRID));
        add("hezhang-city", "市级河长", "RIVER_CHIEF", region("株洲市", RegionLevel.CITY));
        add("resident1", "胡阿姨", "RESIDENT", region("小湖塘社区", RegionLevel.COMMUNITY));
        add("resident2", "谢群华", "RESIDENT", region("李家冲社区", RegionLevel.COMMUNITY));
    }

    private RegionRef region(String name, RegionLevel level) {
        return regions.search(name, level, 1).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo region missing: " + name));
    }

    private void add(String username, String displayName, String role, RegionRef region) {
        accounts.registerDemo(new CreateUser(username, PASSWORD, displayName, Set.of(role), region.id()));
    }
}
