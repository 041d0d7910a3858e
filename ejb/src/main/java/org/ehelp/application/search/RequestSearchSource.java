package org.ehelp.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.Attachment;
import org.ehelp.domain.model.request.AttachmentRepository;
import org.ehelp.domain.model.request.Comment;
import org.ehelp.domain.model.request.RequestRepository;
import org.ehelp.domain.model.request.ServiceRequest;
import org.ehelp.domain.model.sla.RequestSla;
import org.ehelp.domain.model.sla.SlaRepository;
import org.ehelp.search.SearchDocument;

/**
 * Requests as search documents. Everyone who may read the request (its {@code AccessRule} keys) may
 * find it; internal notes and internal files (their names and text) go to the restricted text,
 * which only staff search. Facets: state, category, SLA level, technician and priority.
 */
@ApplicationScoped
public class RequestSearchSource implements SearchSource {

  @Inject private RequestRepository requests;

  @Inject private AttachmentRepository attachments;

  @Inject private SlaRepository sla;

  @PersistenceContext private EntityManager em;

  @Override
  public String type() {
    return SearchJournal.REQUEST;
  }

  @Override
  public Optional<SearchDocument> load(String id) {
    return requests.findById(Long.parseLong(id)).map(this::toDocument);
  }

  @Override
  public List<String> ids() {
    return em
        .createQuery("SELECT r.id FROM ServiceRequest r ORDER BY r.id", Long.class)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  SearchDocument toDocument(ServiceRequest request) {
    StringBuilder body = new StringBuilder();
    StringBuilder restricted = new StringBuilder();
    line(body, request.getDescription());
    line(body, request.getSolution());
    line(body, nameOf(request.getRequester()));
    line(body, nameOf(request.getTechnician()));
    for (Comment comment : request.getComments()) {
      StringBuilder target = comment.isInternal() ? restricted : body;
      line(target, comment.getBody());
    }
    Map<Long, String> texts = attachments.texts(request.getId());
    for (Attachment file : attachments.findByRequest(request.getId())) {
      StringBuilder target = file.isInternal() ? restricted : body;
      line(target, file.getFileName());
      line(target, texts.get(file.getId()));
    }

    return new SearchDocument(
        type(),
        request.getId().toString(),
        request.getTitle(),
        body.toString(),
        restricted.toString(),
        exactValues(request),
        facets(request),
        request.getUpdatedAt() != null ? request.getUpdatedAt() : request.getCreatedAt(),
        request.getAccessKeys());
  }

  private static List<String> exactValues(ServiceRequest request) {
    List<String> exact = new ArrayList<>();
    exact.add(request.getNumber().toString());
    for (Person person : List.of(request.getRequester(), request.getFiler())) {
      exact.add(person.getEmail().value());
    }
    if (request.getTechnician() != null) {
      exact.add(request.getTechnician().getEmail().value());
    }
    return exact;
  }

  private Map<String, String> facets(ServiceRequest request) {
    Map<String, String> facets = new HashMap<>();
    facets.put("state", request.getState().name());
    if (request.getPriority() != null) {
      facets.put("priority", request.getPriority().name());
    }
    if (request.getCategory() != null) {
      facets.put("category", request.getCategory().getName());
    }
    if (request.getTechnician() != null) {
      facets.put("technician", request.getTechnician().getDisplayName());
    }
    sla.findRequestSla(request.getId())
        .map(RequestSla::getLevel)
        .ifPresent(level -> facets.put("sla", level.name()));
    return facets;
  }

  private static String nameOf(Person person) {
    return person == null ? null : person.getDisplayName();
  }

  private static void line(StringBuilder text, String value) {
    if (value != null && !value.isBlank()) {
      text.append(value).append('\n');
    }
  }
}
