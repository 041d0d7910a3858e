package org.ehelp.domain.model.category;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.SupportGroup;

/** A kind of request (hardware, access, software…), with the team that usually handles it. */
@Entity
@Table(name = "category")
public class Category {

  @Id
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  private Long id;

  private String code;

  private String name;

  @ManyToOne
  @JoinColumn(name = "support_group_id")
  private SupportGroup supportGroup;

  private boolean active;

  @ManyToOne
  @JoinColumn(name = "responsible_id")
  private Person responsible;

  @Version private long version;

  protected Category() {}

  public Category(String code, String name, SupportGroup supportGroup) {
    this.code = code;
    this.name = name;
    this.supportGroup = supportGroup;
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public SupportGroup getSupportGroup() {
    return supportGroup;
  }

  public boolean isActive() {
    return active;
  }

  /** Returns the person who receives the SLA breach alerts of this category, or null. */
  public Person getResponsible() {
    return responsible;
  }

  /**
   * Sets the person who receives the SLA breach alerts of this category, besides the technician and
   * the call center; null for no one else.
   */
  public void assignResponsible(Person person) {
    this.responsible = person;
  }

  /** Renames the category and changes the team that usually handles it. */
  public void change(String newName, SupportGroup newGroup) {
    this.name = newName;
    this.supportGroup = newGroup;
  }

  public void activate() {
    active = true;
  }

  /** Stops new requests being filed under the category; existing ones keep it. */
  public void deactivate() {
    active = false;
  }
}
