package dev.mdmmcp.server.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCuratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private static String curate(List<String> fields, String json) throws Exception {
        return new FieldCurator(fields).curate(json(json)).toString().replace('"', '\'');
    }

    @Test
    void keepsOnlyNamedFieldsInTheirOrder() throws Exception {
        assertThat(curate(List.of("serial", "id"), "{'id':1,'serial':'S','secret':'x'}")).isEqualTo("{'serial':'S','id':1}");
    }

    @Test
    void rebuildsNestedObjectsFromDottedPaths() throws Exception {
        assertThat(curate(List.of("user.email", "os.version"),
                "{'user':{'email':'a@b','name':'A'},'os':{'version':'15','build':'x'}}"))
                .isEqualTo("{'user':{'email':'a@b'},'os':{'version':'15'}}");
    }

    @Test
    void projectsArraysOfObjectsElementWise() throws Exception {
        assertThat(curate(List.of("apps.name"), "{'apps':[{'name':'Docker','v':'4'},{'name':'Zoom','v':'5'}]}"))
                .isEqualTo("{'apps':[{'name':'Docker'},{'name':'Zoom'}]}");
    }

    @Test
    void omitsFieldsAbsentUpstream() throws Exception {
        assertThat(curate(List.of("id", "user.email", "missing"), "{'id':1,'user':{'name':'A'}}")).isEqualTo("{'id':1}");
    }

    @Test
    void keepsNullsTheVendorSent() throws Exception {
        assertThat(curate(List.of("user.email"), "{'user':null}")).isEqualTo("{'user':null}");
    }

    @Test
    void aShorterPathKeepsTheWholeObject() throws Exception {
        assertThat(curate(List.of("user", "user.email"), "{'user':{'email':'a','name':'b'}}"))
                .isEqualTo("{'user':{'email':'a','name':'b'}}");
        assertThat(curate(List.of("user.email", "user"), "{'user':{'email':'a','name':'b'}}"))
                .isEqualTo("{'user':{'email':'a','name':'b'}}");
    }

    @Test
    void noFieldsKeepsTheWholePayload() throws Exception {
        assertThat(curate(List.of(), "{'a':{'b':1}}")).isEqualTo("{'a':{'b':1}}");
    }

    @Test
    void nonObjectValuesPassThrough() throws Exception {
        assertThat(curate(List.of("id"), "'text'")).isEqualTo("'text'");
    }

    @Test
    void curatesEveryItemOfAList() throws Exception {
        FieldCurator curator = new FieldCurator(List.of("id"));

        assertThat(curator.curateEach(List.of(json("{'id':1,'x':2}"), json("{'id':2}"))).toString()).isEqualTo("[{\"id\":1}, {\"id\":2}]");
    }
}
