package io.github.planning.io.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SdmxStructureWriterTest {

  private static final String STRUCTURE =
      "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";

  private static Document structure(SdmxOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SdmxStructureWriter.write(options, out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(STRUCTURE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void everyColumnOfTheCsv_isAComponent_ofItsRole() throws Exception {
    Document document = structure(SdmxOptions.defaults());
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("Structure");
    Map<String, String> roles = new HashMap<>();
    for (String element : List.of("Dimension", "TimeDimension", "Attribute", "Measure")) {
      for (Element e : elements(document, element)) {
        if (e.hasAttribute("id")) {
          roles.put(e.getAttribute("id"), element);
        }
      }
    }
    for (SdmxColumn column : SdmxColumn.values()) {
      String expected =
          switch (column.role()) {
            case DIMENSION -> "Dimension";
            case TIME_DIMENSION -> "TimeDimension";
            case MEASURE -> "Measure";
            case ATTRIBUTE -> "Attribute";
          };
      assertThat(roles.get(column.name())).as(column.name()).isEqualTo(expected);
    }
    assertThat(roles).hasSize(SdmxColumn.values().length);
    Element structure = elements(document, "DataStructure").get(0);
    assertThat(structure.getAttribute("id")).isEqualTo("DSD_PLAN");
    assertThat(structure.getAttribute("agencyID")).isEqualTo("PLANNING");
    assertThat(structure.getAttribute("version")).isEqualTo("1.0.0");
  }

  @Test
  void codedColumns_referToCodeListsThatHoldEveryCode_and亿IsThePowerEight() throws Exception {
    Document document = structure(SdmxOptions.defaults().withStructure("HZTJ", "DSD_X", "2.0"));
    Map<String, List<String>> lists = new HashMap<>();
    for (Element list : elements(document, "Codelist")) {
      List<String> codes = new ArrayList<>();
      NodeList children = list.getElementsByTagNameNS(STRUCTURE, "Code");
      for (int i = 0; i < children.getLength(); i++) {
        codes.add(((Element) children.item(i)).getAttribute("id"));
      }
      lists.put(list.getAttribute("id"), codes);
    }
    assertThat(lists.get("CL_UNIT_MULT")).contains("0", "4", "8", "-2", "15");
    assertThat(lists.get("CL_VALUE_TYPE"))
        .containsExactly(
            "BASE",
            "TARGET",
            "TARGET_GROWTH",
            "YEARLY_TARGET",
            "ACTUAL",
            "ACTUAL_GROWTH",
            "OBSERVATION");
    assertThat(lists.get("CL_OBS_STATUS")).containsExactlyInAnyOrder("A", "E", "P", "M");
    List<String> enumerations =
        elements(document, "Enumeration").stream().map(Element::getTextContent).toList();
    for (String list : lists.keySet()) {
      assertThat(enumerations)
          .contains("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=HZTJ:" + list + "(2.0)");
    }
    assertThat(enumerations).hasSameSizeAs(lists.keySet());
  }

  @Test
  void theSameTime_givesTheSameBytes() {
    java.time.Instant prepared = java.time.Instant.parse("2026-01-02T03:04:05Z");
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    SdmxStructureWriter.write(SdmxOptions.defaults(), prepared, first);
    SdmxStructureWriter.write(SdmxOptions.defaults(), prepared, second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    assertThat(first.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("<mes:Prepared>2026-01-02T03:04:05Z</mes:Prepared>");
  }
}
