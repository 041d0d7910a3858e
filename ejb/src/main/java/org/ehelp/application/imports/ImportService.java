package org.ehelp.application.imports;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ehelp.application.CurrentUser;
import org.ehelp.domain.error.ActionRejectedException;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.category.CategoryRepository;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Channel;
import org.ehelp.domain.model.request.HistoryEntry;
import org.ehelp.domain.model.request.RequestChanged;
import org.ehelp.domain.model.request.RequestState;
import org.ehelp.domain.model.request.ServiceRequest;

/**
 * Imports requests from CSV files. A dry run reports every row that would be refused; a real import
 * refuses the whole file if any row is invalid and otherwise creates every row in one transaction.
 * Each row's external reference is made of the mapping's source, the file's SHA-256 and the row
 * number, so importing the same file again creates nothing.
 */
@Stateless
public class ImportService {

  private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
  private static final int FLUSH_EVERY = 250;

  @PersistenceContext private EntityManager em;

  @Inject private CurrentUser currentUser;

  @Inject private PersonRepository people;

  @Inject private CategoryRepository categories;

  @Inject private Event<RequestChanged> changes;

  /** Reports what importing the file would do, changing nothing. Admins only. */
  public ImportReport dryRun(String fileName, byte[] file, String mapping) {
    return run(fileName, file, mapping, true, requireAdmin());
  }

  /** Imports the file, all rows or none. Admins only. */
  public ImportReport importFile(String fileName, byte[] file, String mapping) {
    return run(fileName, file, mapping, false, requireAdmin());
  }

  /**
   * Runs an import on behalf of {@code admin}, for callers that have already checked the right to
   * do so, such as the demo data loader.
   */
  public ImportReport run(
      String fileName, byte[] file, String mappingText, boolean dryRun, Person admin) {
    Instant now = Times.now();
    ImportMapping mapping = ImportMapping.parse(mappingText);
    CsvImporter.Parsed parsed =
        new CsvImporter(mapping, people::findByLogin, categories::findByCode, now).parse(file);
    Set<String> existing = existingRefs(mapping.source() + ":" + parsed.sha256().substring(0, 16));
    List<CsvImporter.Row> fresh =
        parsed.rows().stream().filter(r -> !existing.contains(r.externalRef())).toList();
    int already = parsed.rows().size() - fresh.size();

    if (dryRun) {
      return new ImportReport(
          fileName, true, parsed.total(), 0, already, List.copyOf(parsed.errors()));
    }
    if (!parsed.errors().isEmpty()) {
      throw new InvalidInputException(
          "EH-IMPORT-400", "error.import.rejected", parsed.errors().size());
    }

    int created = 0;
    for (CsvImporter.Row row : fresh) {
      ServiceRequest request = toRequest(row, admin);
      em.persist(request);
      for (HistoryEntry entry : request.getHistory()) {
        changes.fire(new RequestChanged(request, entry));
      }
      if (++created % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
        admin = em.find(Person.class, admin.getId());
      }
    }
    em.persist(
        new ImportBatch(fileName, parsed.sha256(), parsed.total(), created, now, admin.getId()));

    int count = created;
    LOG.info(
        () ->
            "Import of "
                + fileName
                + ": "
                + count
                + " requests created, "
                + already
                + " already imported");
    return new ImportReport(fileName, false, parsed.total(), created, already, List.of());
  }

  private ServiceRequest toRequest(CsvImporter.Row row, Person admin) {
    Person requester = em.getReference(Person.class, row.requester().getId());
    ServiceRequest request =
        new ServiceRequest(
            row.title(),
            row.description(),
            row.priority(),
            row.category() == null
                ? null
                : em.getReference(row.category().getClass(), row.category().getId()),
            Channel.IMPORT,
            requester,
            requester,
            row.createdAt());
    request.markImported(row.externalRef(), row.createdAt());
    if (row.state() != RequestState.SUBMITTED) {
      Person technician =
          row.technician() == null ? null : em.find(Person.class, row.technician().getId());
      request.restoreImportedState(row.state(), technician, admin, row.createdAt());
    }
    request.refreshAccess();
    return request;
  }

  private Set<String> existingRefs(String prefix) {
    return new HashSet<>(
        em.createQuery(
                "SELECT r.externalRef FROM ServiceRequest r WHERE r.externalRef LIKE :prefix",
                String.class)
            .setParameter("prefix", prefix + ":%")
            .getResultList());
  }

  private Person requireAdmin() {
    Person caller = currentUser.require();
    if (!caller.hasRole(Role.ADMIN)) {
      throw ActionRejectedException.forbidden("error.import.adminOnly");
    }
    return caller;
  }
}
