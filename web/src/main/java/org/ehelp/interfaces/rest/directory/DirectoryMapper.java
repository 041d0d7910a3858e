package org.ehelp.interfaces.rest.directory;

import java.util.List;
import org.ehelp.application.CategoryRef;
import org.ehelp.application.PersonRef;
import org.ehelp.application.Profile;
import org.ehelp.application.TechnicianLoad;
import org.ehelp.application.TokenService.IssuedToken;

/** Turns the directory's read models into the API's DTOs. */
public final class DirectoryMapper {

  private DirectoryMapper() {}

  /** Returns the DTO of a person, or null for no person. */
  public static PersonDto person(PersonRef person) {
    return person == null
        ? null
        : new PersonDto(person.id(), person.login(), person.displayName(), person.email());
  }

  public static List<PersonDto> people(List<PersonRef> people) {
    return people.stream().map(DirectoryMapper::person).toList();
  }

  public static ProfileDto profile(Profile profile) {
    return new ProfileDto(
        profile.id(),
        profile.login(),
        profile.displayName(),
        profile.email(),
        profile.phone(),
        profile.locale(),
        profile.timeZone(),
        profile.roles().stream().map(Enum::name).sorted().toList(),
        profile.staff());
  }

  public static TechnicianDto technician(TechnicianLoad load) {
    return new TechnicianDto(person(load.technician()), load.groups(), load.openRequests());
  }

  public static CategoryDto category(CategoryRef category) {
    return new CategoryDto(category.code(), category.name(), category.supportGroup());
  }

  public static TokenDto token(IssuedToken token) {
    return new TokenDto(token.id(), token.name(), token.secret());
  }
}
