package io.github.planning.io.sdmx;

import static java.util.Objects.requireNonNull;

import io.github.planning.core.AdministrativeLevel;
import io.github.planning.core.Assessment;
import io.github.planning.core.Attribute;
import io.github.planning.core.Change;
import io.github.planning.core.Direction;
import io.github.planning.core.Labelled;
import io.github.planning.core.Measure;
import io.github.planning.core.Relation;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the data structure definition of the library's SDMX-CSV as an SDMX-ML 3.0 structure
 * message: the code lists, the concepts and the data structure with every {@linkplain SdmxColumn
 * column}.
 *
 * <pre>{@code
 * SdmxStructureWriter.write(SdmxOptions.defaults(), out);   // PLANNING:DSD_PLAN(1.0.0)
 * }</pre>
 *
 * <p>{@code UNIT_MULT} uses the code list {@code CL_UNIT_MULT} of this agency, which extends SDMX's
 * list (0–4, 6, 9, 12, 15) to every power from −15 to 15, so that 亿 is the power 8 and figures are
 * written as published. {@code OBS_STATUS} uses the codes of SDMX's {@code CL_OBS_STATUS} that a
 * plan's figures can have.
 */
public final class SdmxStructureWriter {

  private static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
  private static final String STRUCTURE =
      "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";
  private static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";
  private static final String CONCEPTS = "CS_PLANNING";

  private SdmxStructureWriter() {}

  /** The code list of each coded column, by column; the others are text. */
  static Map<SdmxColumn, Map<String, String>> codeLists() {
    Map<SdmxColumn, Map<String, String>> lists = new LinkedHashMap<>();
    lists.put(SdmxColumn.VALUE_TYPE, codes(ValueType.values()));
    Map<String, String> powers = new LinkedHashMap<>();
    for (int power = -15; power <= 15; power++) {
      powers.put(String.valueOf(power), "10^" + power);
    }
    lists.put(SdmxColumn.UNIT_MULT, powers);
    lists.put(
        SdmxColumn.OBS_STATUS,
        Map.of(
            "A",
            "Normal value (正式)",
            "E",
            "Estimated value (预计)",
            "P",
            "Provisional value (初步)",
            "M",
            "Missing value; data cannot exist (不适用)"));
    lists.put(SdmxColumn.RELATION, codes(Relation.values()));
    lists.put(SdmxColumn.CUMULATIVE, Map.of("true", "cumulative over the period (累计)"));
    lists.put(SdmxColumn.CHANGE, codes(Change.values()));
    lists.put(SdmxColumn.TARGET_SOURCE, codes(AdministrativeLevel.values()));
    lists.put(SdmxColumn.DIRECTION, codes(Direction.values()));
    lists.put(SdmxColumn.STOCK_FLOW, codes(Measure.values()));
    lists.put(SdmxColumn.BINDING_STATUS, codes(Attribute.values()));
    lists.put(SdmxColumn.FEATURED, Map.of("true", "featured indicator (特色指标)"));
    lists.put(SdmxColumn.ASSESSMENT, codes(Assessment.values()));
    return lists;
  }

  private static Map<String, String> codes(Labelled[] constants) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (Labelled c : constants) {
      codes.put(((Enum<?>) c).name(), c.englishName() + " (" + c.label() + ")");
    }
    return codes;
  }

  /** Writes the structure message, prepared now, to {@code out}, which is left open. */
  public static void write(SdmxOptions options, OutputStream out) {
    write(options, Instant.now().truncatedTo(ChronoUnit.SECONDS), out);
  }

  /**
   * Writes the structure message to {@code out}, which is left open, with the time it was prepared
   * (the same time gives the same bytes).
   *
   * @throws IllegalStateException if the XML cannot be written
   */
  public static void write(SdmxOptions options, Instant prepared, OutputStream out) {
    requireNonNull(options, "options");
    requireNonNull(prepared, "prepared");
    requireNonNull(out, "out");
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new Document(xml, options, prepared).write();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the structure could not be written: " + e.getMessage(), e);
    }
  }

  /** One structure message being written. */
  private static final class Document {
    private final XMLStreamWriter xml;
    private final SdmxOptions options;
    private final Instant prepared;

    Document(XMLStreamWriter xml, SdmxOptions options, Instant prepared) {
      this.xml = xml;
      this.options = options;
      this.prepared = prepared;
    }

    void write() throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("mes", "Structure", MESSAGE);
      xml.writeNamespace("mes", MESSAGE);
      xml.writeNamespace("str", STRUCTURE);
      xml.writeNamespace("com", COMMON);
      start("mes", "Header", MESSAGE);
      text("mes", "ID", MESSAGE, options.structureId());
      text("mes", "Test", MESSAGE, "false");
      text("mes", "Prepared", MESSAGE, prepared.toString());
      xml.writeEmptyElement("mes", "Sender", MESSAGE);
      xml.writeAttribute("id", options.agency());
      xml.writeEndElement();
      start("mes", "Structures", MESSAGE);
      codelists();
      concepts();
      dataStructure();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
    }

    private void codelists() throws XMLStreamException {
      start("str", "Codelists", STRUCTURE);
      for (Map.Entry<SdmxColumn, Map<String, String>> list : codeLists().entrySet()) {
        maintainable("Codelist", "CL_" + list.getKey().name(), list.getKey().title());
        for (Map.Entry<String, String> code : list.getValue().entrySet()) {
          start("str", "Code", STRUCTURE);
          xml.writeAttribute("id", code.getKey());
          text("com", "Name", COMMON, code.getValue());
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }

    private void concepts() throws XMLStreamException {
      start("str", "Concepts", STRUCTURE);
      maintainable("ConceptScheme", CONCEPTS, "Concepts of plan tables");
      for (SdmxColumn column : SdmxColumn.values()) {
        start("str", "Concept", STRUCTURE);
        xml.writeAttribute("id", column.name());
        text("com", "Name", COMMON, column.title());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private void dataStructure() throws XMLStreamException {
      start("str", "DataStructures", STRUCTURE);
      maintainable("DataStructure", options.structureId(), "Plan tables and observations");
      start("str", "DataStructureComponents", STRUCTURE);
      start("str", "DimensionList", STRUCTURE);
      xml.writeAttribute("id", "DimensionDescriptor");
      int position = 1;
      for (SdmxColumn column : byRole(SdmxColumn.Role.DIMENSION)) {
        component("Dimension", column, "position", String.valueOf(position++));
        representation(column);
        xml.writeEndElement();
      }
      component("TimeDimension", SdmxColumn.TIME_PERIOD, "position", String.valueOf(position));
      start("str", "LocalRepresentation", STRUCTURE);
      xml.writeEmptyElement("str", "TextFormat", STRUCTURE);
      xml.writeAttribute("textType", "ObservationalTimePeriod");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      start("str", "AttributeList", STRUCTURE);
      xml.writeAttribute("id", "AttributeDescriptor");
      for (SdmxColumn column : byRole(SdmxColumn.Role.ATTRIBUTE)) {
        component("Attribute", column, "usage", "optional");
        representation(column);
        start("str", "AttributeRelationship", STRUCTURE);
        switch (column.attachment()) {
          case DATASET -> xml.writeEmptyElement("str", "Dataflow", STRUCTURE);
          case SERIES -> {
            text("str", "Dimension", STRUCTURE, SdmxColumn.REF_AREA.name());
            text("str", "Dimension", STRUCTURE, SdmxColumn.INDICATOR.name());
          }
          case OBSERVATION -> xml.writeEmptyElement("str", "Observation", STRUCTURE);
        }
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      start("str", "MeasureList", STRUCTURE);
      xml.writeAttribute("id", "MeasureDescriptor");
      component("Measure", SdmxColumn.OBS_VALUE, "usage", "optional");
      start("str", "LocalRepresentation", STRUCTURE);
      xml.writeEmptyElement("str", "TextFormat", STRUCTURE);
      xml.writeAttribute("textType", "Decimal");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }

    private List<SdmxColumn> byRole(SdmxColumn.Role role) {
      return Arrays.stream(SdmxColumn.values()).filter(c -> c.role() == role).toList();
    }

    private void component(String element, SdmxColumn column, String attribute, String value)
        throws XMLStreamException {
      start("str", element, STRUCTURE);
      xml.writeAttribute("id", column.name());
      xml.writeAttribute(attribute, value);
      text(
          "str",
          "ConceptIdentity",
          STRUCTURE,
          "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept="
              + options.agency()
              + ":"
              + CONCEPTS
              + "("
              + options.version()
              + ")."
              + column.name());
    }

    private void representation(SdmxColumn column) throws XMLStreamException {
      start("str", "LocalRepresentation", STRUCTURE);
      if (column.isMultiValued()) {
        xml.writeAttribute("maxOccurs", "unbounded");
      }
      if (codeLists().containsKey(column)) {
        text(
            "str",
            "Enumeration",
            STRUCTURE,
            "urn:sdmx:org.sdmx.infomodel.codelist.Codelist="
                + options.agency()
                + ":CL_"
                + column.name()
                + "("
                + options.version()
                + ")");
      } else {
        xml.writeEmptyElement("str", "TextFormat", STRUCTURE);
        xml.writeAttribute("textType", "String");
      }
      xml.writeEndElement();
    }

    private void maintainable(String element, String id, String name) throws XMLStreamException {
      start("str", element, STRUCTURE);
      xml.writeAttribute("id", id);
      xml.writeAttribute("agencyID", options.agency());
      xml.writeAttribute("version", options.version());
      text("com", "Name", COMMON, name);
    }

    private void start(String prefix, String name, String namespace) throws XMLStreamException {
      xml.writeStartElement(prefix, name, namespace);
    }

    private void text(String prefix, String name, String namespace, String text)
        throws XMLStreamException {
      xml.writeStartElement(prefix, name, namespace);
      xml.writeCharacters(text);
      xml.writeEndElement();
    }
  }
}
