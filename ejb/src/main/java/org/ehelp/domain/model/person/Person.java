package org.ehelp.domain.model.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ehelp.domain.model.category.Category;

/**
 * Someone who uses eHelp: files requests, answers them, or runs the service. Every person is a
 * requester; the granted {@link Role}s add the other jobs. The password is kept only as a salted
 * PBKDF2 hash.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  private String login;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  private String phone;

  private String locale;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "group_member",
      joinColumns = @JoinColumn(name = "person_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  private Set<SupportGroup> groups = new HashSet<>();

  @OneToMany(mappedBy = "responsible")
  private Set<Category> responsibleFor = new HashSet<>();

  @Version private long version;

  protected Person() {}

  public Person(String login, EmailAddress email, String displayName, Instant createdAt) {
    this.login = login;
    this.email = email.value();
    this.displayName = displayName;
    this.locale = "en";
    this.timeZone = "UTC";
    this.active = true;
    this.createdAt = createdAt;
    this.roles.add(Role.REQUESTER);
  }

  public Long getId() {
    return id;
  }

  public String getLogin() {
    return login;
  }

  public EmailAddress getEmail() {
    return new EmailAddress(email);
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPhone() {
    return phone;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(locale);
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Returns the granted roles, {@link Role#REQUESTER} always among them. */
  public Set<Role> getRoles() {
    Set<Role> all = EnumSet.of(Role.REQUESTER);
    all.addAll(roles);
    return all;
  }

  public boolean hasRole(Role role) {
    return role == Role.REQUESTER || roles.contains(role);
  }

  /** Whether this person belongs to the service desk and so may read internal notes. */
  public boolean isStaff() {
    return roles.stream().anyMatch(Role::isStaff);
  }

  public Set<SupportGroup> getGroups() {
    return Set.copyOf(groups);
  }

  /** Returns the ids of the categories whose SLA breaches this person answers for. */
  public Set<Long> getResponsibleCategoryIds() {
    Set<Long> ids = new HashSet<>();
    responsibleFor.forEach(c -> ids.add(c.getId()));
    return ids;
  }

  public long getVersion() {
    return version;
  }

  public void changeProfile(String displayName, String phone, Locale locale, ZoneId timeZone) {
    this.displayName = displayName;
    this.phone = phone;
    this.locale = locale.toLanguageTag();
    this.timeZone = timeZone.getId();
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void grant(Set<Role> granted) {
    roles.addAll(granted);
  }

  /** Replaces the granted roles; {@link Role#REQUESTER} stays implied. */
  public void replaceRoles(Set<Role> granted) {
    roles.clear();
    roles.addAll(granted);
    roles.add(Role.REQUESTER);
  }

  /** Replaces the support groups the person belongs to. */
  public void replaceGroups(Set<SupportGroup> joined) {
    groups.clear();
    groups.addAll(joined);
  }

  public void changeEmail(EmailAddress email) {
    this.email = email.value();
  }

  public void joinGroup(SupportGroup group) {
    groups.add(group);
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }
}
