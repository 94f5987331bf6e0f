package org.civicgrid.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The community feed is Atom 1.0 (RFC 4287): parsed, every required element checked. */
@IntegrationTest
class AtomFeedIntegrationTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(parent.getLocalName() + " has exactly one " + name).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static void isAtomDate(String value) {
        assertThat(OffsetDateTime.parse(value)).isNotNull();
    }

    @Test
    void the_community_feed_is_valid_atom_with_the_community_s_published_items_only() throws Exception {
        String title = "读书会开课 " + System.nanoTime();
        long published = api.post("xiaohutang", "/api/v1/notices", NoticeIntegrationTests.article(title,
                "<p>亲子共读 & 放下手机</p><script>x()</script>")).id();
        Map<String, Object> later = NoticeIntegrationTests.article("以后才发 " + System.nanoTime(), "未到时间");
        later.put("publish_at", OffsetDateTime.now().plusDays(1).toString());
        long scheduled = api.post("xiaohutang", "/api/v1/notices", later).id();
        long elsewhere = api.post("lijiachong", "/api/v1/notices", NoticeIntegrationTests.article("别处 " + System.nanoTime(),
                "李家冲的通知")).id();
        long community = users.region("小湖塘社区").id();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/public/communities/{id}/feed.atom",
                community)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(only(feed, "id")).startsWith("tag:");
        assertThat(only(feed, "title")).contains("小湖塘社区");
        isAtomDate(only(feed, "updated"));
        assertThat(children(feed, "author")).isNotEmpty();
        assertThat(children(feed, "link")).anyMatch(l -> l.getAttribute("rel").equals("self")
                && l.getAttribute("href").endsWith("/public/communities/" + community + "/feed.atom"));

        Set<String> ids = new HashSet<>();
        Element ours = null;
        for (Element entry : children(feed, "entry")) {
            assertThat(ids.add(only(entry, "id"))).as("entry ids are unique").isTrue();
            assertThat(only(entry, "title")).isNotBlank();
            isAtomDate(only(entry, "updated"));
            assertThat(children(entry, "link")).anyMatch(l -> l.getAttribute("rel").equals("alternate")
                    && !l.getAttribute("href").isBlank());
            assertThat(children(entry, "summary").size() + children(entry, "content").size()).isPositive();
            if (only(entry, "title").equals(title)) {
                ours = entry;
            }
        }
        assertThat(ours).isNotNull();
        Element content = children(ours, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).contains("亲子共读 &amp; 放下手机").doesNotContain("script");
        assertThat(ids).contains("tag:civicgrid.zhuzhou.gov.cn,2019:notice/" + published)
                .doesNotContain("tag:civicgrid.zhuzhou.gov.cn,2019:notice/" + scheduled,
                        "tag:civicgrid.zhuzhou.gov.cn,2019:notice/" + elsewhere);
    }

    @Test
    void a_feed_for_something_that_is_not_a_community_is_404() throws Exception {
        long district = users.region("天元区").id();

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/public/communities/{id}/feed.atom", district))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
