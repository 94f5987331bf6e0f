package org.civicgrid.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicgrid.shared.events.SearchableChanged;
import org.civicgrid.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@Import(ResidentFixtures.class)
class ResidentSearchEntryIntegrationTests {

    @Autowired
    ResidentFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    @Test
    void registering_a_resident_tells_the_search_index_with_a_masked_title_and_no_number_or_phone() {
        long household = fixtures.household("lijiachong", "李家冲社区");
        String idNumber = TestIdNumbers.adult(Gender.MALE);

        long id = fixtures.resident("lijiachong", household, "搜索测试", idNumber, "13612345678", List.of("DISABLED")).id();

        SearchableChanged entry = events.stream(SearchableChanged.class).filter(e -> e.id().equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(entry.kind()).isEqualTo("resident");
        assertThat(entry.title()).startsWith("搜索测试").contains(PersonalDataMask.idNumber(idNumber));
        assertThat(entry.text()).contains("残疾人").contains("李家冲社区");
        assertThat(entry.title() + entry.text()).doesNotContain(idNumber).doesNotContain("13612345678")
                .doesNotContain("高血压");
        assertThat(entry.url()).isEqualTo("/residents/" + id);
        assertThat(entry.regionPath()).startsWith(fixtures.firstGrid("李家冲社区").path());
    }
}
