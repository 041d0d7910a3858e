package org.ehelp.domain.model.sla;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ehelp.domain.model.calendar.BusinessCalendar;
import org.ehelp.domain.model.calendar.Holiday;
import org.ehelp.domain.model.calendar.TimeSlot;

/**
 * A business calendar as an admin keeps it: a name, a time zone, opening hours per weekday and
 * holidays. {@link #toBusinessCalendar()} gives the plain value the arithmetic works on.
 */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar {

  @Id
  @SequenceGenerator(
      name = "sla_calendar_seq",
      sequenceName = "sla_calendar_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_calendar_seq")
  private Long id;

  private String name;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "default_calendar")
  private boolean defaultCalendar;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_calendar_slot", joinColumns = @JoinColumn(name = "calendar_id"))
  private List<SlotRow> slots = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sla_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
  private List<HolidayRow> holidays = new ArrayList<>();

  @Version private long version;

  protected SlaCalendar() {}

  public SlaCalendar(String name, ZoneId zone) {
    this.name = name;
    this.timeZone = zone.getId();
  }

  /** Returns the calendar the arithmetic works on. */
  public BusinessCalendar toBusinessCalendar() {
    return new BusinessCalendar(getZone(), getHours(), getHolidays());
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void moveTo(ZoneId zone) {
    this.timeZone = zone.getId();
  }

  public void markDefault(boolean isDefault) {
    this.defaultCalendar = isDefault;
  }

  /**
   * Replaces the opening hours.
   *
   * @throws IllegalArgumentException when two slots of a day overlap
   */
  public void replaceHours(Map<DayOfWeek, List<TimeSlot>> week) {
    new BusinessCalendar(getZone(), week, List.of());
    slots.clear();
    week.forEach(
        (day, daySlots) ->
            daySlots.forEach(s -> slots.add(new SlotRow(day, s.startMinute(), s.endMinute()))));
  }

  public void replaceHolidays(List<Holiday> newHolidays) {
    holidays.clear();
    newHolidays.forEach(h -> holidays.add(HolidayRow.of(h)));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ZoneId getZone() {
    return ZoneId.of(timeZone);
  }

  public boolean isDefaultCalendar() {
    return defaultCalendar;
  }

  public long getVersion() {
    return version;
  }

  /** Returns the opening hours by weekday, each day's slots by start time. */
  public Map<DayOfWeek, List<TimeSlot>> getHours() {
    Map<DayOfWeek, List<TimeSlot>> week = new EnumMap<>(DayOfWeek.class);
    slots.stream()
        .sorted(Comparator.comparingInt(SlotRow::getStartMinute))
        .forEach(
            s ->
                week.computeIfAbsent(s.getDayOfWeek(), d -> new ArrayList<>())
                    .add(TimeSlot.ofMinutes(s.getStartMinute(), s.getEndMinute())));
    return week;
  }

  /** Returns the holidays by first day. */
  public List<Holiday> getHolidays() {
    return holidays.stream()
        .map(HolidayRow::toHoliday)
        .sorted(Comparator.comparing(Holiday::first))
        .toList();
  }

  /** One time slot of a weekday, stored in minutes after midnight. */
  @Embeddable
  public static class SlotRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek dayOfWeek;

    @Column(name = "start_minute")
    private int startMinute;

    @Column(name = "end_minute")
    private int endMinute;

    protected SlotRow() {}

    SlotRow(DayOfWeek dayOfWeek, int startMinute, int endMinute) {
      this.dayOfWeek = dayOfWeek;
      this.startMinute = startMinute;
      this.endMinute = endMinute;
    }

    DayOfWeek getDayOfWeek() {
      return dayOfWeek;
    }

    int getStartMinute() {
      return startMinute;
    }

    int getEndMinute() {
      return endMinute;
    }
  }

  /** One holiday as stored. */
  @Embeddable
  public static class HolidayRow {

    private String name;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    private boolean yearly;

    protected HolidayRow() {}

    static HolidayRow of(Holiday holiday) {
      HolidayRow row = new HolidayRow();
      row.name = holiday.name();
      row.firstDay = holiday.first();
      row.lastDay = holiday.last();
      row.yearly = holiday.yearly();
      return row;
    }

    Holiday toHoliday() {
      return new Holiday(name, firstDay, lastDay, yearly);
    }
  }
}
