package org.ehelp.domain.model.person;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team of technicians; requests dispatched to one of them are visible to the whole team. */
@Entity
@Table(name = "support_group")
public class SupportGroup {

  @Id
  @SequenceGenerator(
      name = "support_group_seq",
      sequenceName = "support_group_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_group_seq")
  private Long id;

  private String name;

  @Version private long version;

  protected SupportGroup() {}

  public SupportGroup(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void rename(String newName) {
    this.name = newName;
  }
}
