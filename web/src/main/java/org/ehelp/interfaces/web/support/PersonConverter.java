package org.ehelp.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.ehelp.application.DirectoryService;
import org.ehelp.application.PersonRef;

/** Writes a person picked in an autocomplete as their login, and finds them again by it. */
@ApplicationScoped
@FacesConverter(value = "ehelp.person", managed = true)
public class PersonConverter implements Converter<PersonRef> {

  private static final int MATCHES = 50;

  @Inject private DirectoryService directory;

  @Override
  public String getAsString(FacesContext context, UIComponent component, PersonRef value) {
    return value == null ? "" : value.login();
  }

  // NOTE: the directory is searched by substring, so a login contained in more than fifty other
  // people's names or logins is not found; the directory has no lookup by exact login yet.
  @Override
  public PersonRef getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String login = value.strip();
    return directory.findPeople(login, null, MATCHES).stream()
        .filter(person -> person.login().equals(login))
        .findFirst()
        .orElseThrow(
            () -> {
              String text = Texts.format("portal.person.unknown", login);
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }
}
