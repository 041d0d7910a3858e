package org.ehelp.interfaces.web.sla;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ehelp.application.sla.CalendarDraft;
import org.ehelp.application.sla.CalendarDraft.HolidayDraft;
import org.ehelp.application.sla.CalendarView;
import org.ehelp.application.sla.SlaAdministration;
import org.ehelp.application.sla.SlaAdministration.HolidayImport;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;
import org.primefaces.model.file.UploadedFile;

/**
 * The admin page of business calendars: time zone, opening hours per weekday, holidays by hand or
 * from an iCalendar file, and which calendar is the default.
 */
@Named
@ViewScoped
public class SlaCalendarsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SlaAdministration administration;

  @Inject private UserSession user;

  private List<CalendarView> calendars;
  private Long editedId;
  private Long editedVersion;
  private String name;
  private String timeZone = "Europe/Paris";
  private boolean alwaysOpen;
  private boolean defaultCalendar;
  private final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
  private List<HolidayDraft> holidays = new ArrayList<>();
  private String holidayName;
  private LocalDate holidayFirst;
  private LocalDate holidayLast;
  private boolean holidayYearly;
  private transient UploadedFile file;
  private Integer fromYear;
  private Integer toYear;
  private boolean replace;

  @PostConstruct
  void init() {
    if (user.hasRole("ADMIN")) {
      calendars = administration.calendars();
      if (!calendars.isEmpty()) {
        edit(calendars.get(0));
      } else {
        startNew();
      }
    }
  }

  /** Sends 403 to anyone but an admin. */
  public void requireAdmin() throws IOException {
    if (!user.hasRole("ADMIN")) {
      Pages.forbidden();
    }
  }

  /** Fills the form with a calendar to change it. */
  public void edit(CalendarView calendar) {
    editedId = calendar.id();
    editedVersion = calendar.version();
    name = calendar.name();
    timeZone = calendar.timeZone();
    alwaysOpen = calendar.alwaysOpen();
    defaultCalendar = calendar.defaultCalendar();
    hours.clear();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(day, String.join(" ", calendar.hours().getOrDefault(day, List.of())));
    }
    holidays = new ArrayList<>(calendar.holidays());
  }

  /** Empties the form for a new calendar. */
  public void startNew() {
    editedId = null;
    editedVersion = null;
    name = null;
    timeZone = "Europe/Paris";
    alwaysOpen = false;
    defaultCalendar = false;
    hours.clear();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.put(day, "");
    }
    holidays = new ArrayList<>();
  }

  /** Adds the holiday typed in the form to the list; saved with the calendar. */
  public void addHoliday() {
    if (holidayFirst == null) {
      Texts.error("sla.calendars.holidayFirstRequired");
      return;
    }
    holidays.add(
        new HolidayDraft(
            holidayName,
            holidayFirst.toString(),
            holidayLast == null ? null : holidayLast.toString(),
            holidayYearly));
    holidayName = null;
    holidayFirst = null;
    holidayLast = null;
    holidayYearly = false;
  }

  public void removeHoliday(HolidayDraft holiday) {
    holidays.remove(holiday);
  }

  /** Saves the form: a new calendar or a change, with its holidays. */
  public void save() {
    Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
    hours.forEach(
        (day, text) -> {
          List<String> slots =
              text == null || text.isBlank()
                  ? List.of()
                  : Arrays.stream(text.strip().split("[\\s,;]+")).toList();
          if (!slots.isEmpty()) {
            week.put(day, slots);
          }
        });
    CalendarDraft draft =
        new CalendarDraft(name, timeZone, alwaysOpen, week, holidays, defaultCalendar);
    CalendarView saved =
        editedId == null
            ? administration.createCalendar(draft)
            : administration.updateCalendar(editedId, editedVersion, draft);
    Texts.flashInfo("sla.calendars.saved", saved.name());
    calendars = administration.calendars();
    edit(saved);
  }

  /** Imports the holidays of the uploaded iCalendar file into the calendar being edited. */
  public void importFile() {
    if (editedId == null) {
      Texts.error("sla.calendars.saveFirst");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Texts.error("sla.calendars.fileRequired");
      return;
    }
    String text = new String(file.getContent(), StandardCharsets.UTF_8);
    HolidayImport result = administration.importHolidays(editedId, text, fromYear, toYear, replace);
    Texts.flashInfo("sla.calendars.imported", result.added(), result.skipped().size());
    result.skipped().forEach(reason -> Texts.error("sla.calendars.skipped", reason));
    calendars = administration.calendars();
    edit(result.calendar());
  }

  public List<CalendarView> getCalendars() {
    return calendars;
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public Map<DayOfWeek, String> getHours() {
    return hours;
  }

  public Long getEditedId() {
    return editedId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  public void setAlwaysOpen(boolean alwaysOpen) {
    this.alwaysOpen = alwaysOpen;
  }

  public boolean isDefaultCalendar() {
    return defaultCalendar;
  }

  public void setDefaultCalendar(boolean defaultCalendar) {
    this.defaultCalendar = defaultCalendar;
  }

  public List<HolidayDraft> getHolidays() {
    return holidays;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }

  public LocalDate getHolidayFirst() {
    return holidayFirst;
  }

  public void setHolidayFirst(LocalDate holidayFirst) {
    this.holidayFirst = holidayFirst;
  }

  public LocalDate getHolidayLast() {
    return holidayLast;
  }

  public void setHolidayLast(LocalDate holidayLast) {
    this.holidayLast = holidayLast;
  }

  public boolean isHolidayYearly() {
    return holidayYearly;
  }

  public void setHolidayYearly(boolean holidayYearly) {
    this.holidayYearly = holidayYearly;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getToYear() {
    return toYear;
  }

  public void setToYear(Integer toYear) {
    this.toYear = toYear;
  }

  public boolean isReplace() {
    return replace;
  }

  public void setReplace(boolean replace) {
    this.replace = replace;
  }
}
