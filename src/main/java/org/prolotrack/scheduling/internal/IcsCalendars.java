package org.prolotrack.scheduling.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.prolotrack.scheduling.Appointment;
import org.springframework.stereotype.Component;

/** Writes appointments as iCalendar (RFC 5545): one for a reminder's attachment, many for a provider's feed. */
@Component
class IcsCalendars {

    /** What an event shows; the caller decides how much it may say (a provider feed names no patient). */
    record Event(Appointment appointment, String summary, String location, String description) { }

    String write(List<Event> events) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//ProloTrack//Scheduling//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (var e : events) {
            var a = e.appointment();
            var event = new VEvent(a.start().atZone(ZoneOffset.UTC), a.end().atZone(ZoneOffset.UTC), e.summary());
            event.add(new Uid(a.id() + "@prolotrack"));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }
}
