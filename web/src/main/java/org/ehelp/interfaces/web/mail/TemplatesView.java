package org.ehelp.interfaces.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ehelp.application.notification.TemplateService;
import org.ehelp.domain.model.notification.NotificationKind;
import org.ehelp.interfaces.web.support.Texts;

/** The template editor for admins: one kind and one language at a time. */
@Named
@RequestScoped
public class TemplatesView {

  @Inject private TemplateService templates;

  private List<TemplateService.Entry> entries;
  private String kind = NotificationKind.FILE.name();
  private String language = "en";
  private String subject;
  private String body;

  @PostConstruct
  void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    kind = valid(parameters.get("kind"), kind);
    language = "fr".equals(parameters.get("language")) ? "fr" : "en";
    entries = templates.list();
    TemplateService.Entry selected = selected();
    subject = selected.subject();
    body = selected.body();
  }

  public String save() {
    templates.change(
        NotificationKind.valueOf(kind), Locale.forLanguageTag(language), subject, body);
    Texts.flashInfo("portal.mail.templates.saved");
    return redirect();
  }

  public String reset() {
    templates.reset(NotificationKind.valueOf(kind), Locale.forLanguageTag(language));
    Texts.flashInfo("portal.mail.templates.wasReset");
    return redirect();
  }

  private String redirect() {
    return "/admin/mail/templates?faces-redirect=true&kind=" + kind + "&language=" + language;
  }

  private TemplateService.Entry selected() {
    return entries.stream()
        .filter(e -> e.kind().name().equals(kind) && e.language().getLanguage().equals(language))
        .findFirst()
        .orElseThrow();
  }

  private static String valid(String value, String fallback) {
    try {
      return value == null ? fallback : NotificationKind.valueOf(value).name();
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  public List<TemplateService.Entry> getEntries() {
    return entries;
  }

  public boolean isChanged() {
    return selected().changed();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = valid(kind, this.kind);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = "fr".equals(language) ? "fr" : "en";
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
