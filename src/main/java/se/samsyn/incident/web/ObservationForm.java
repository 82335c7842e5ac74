package se.samsyn.incident.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import se.samsyn.incident.domain.AgeGroup;
import se.samsyn.incident.domain.Assessment;
import se.samsyn.incident.domain.NewObservation;
import se.samsyn.incident.domain.OtherParty;
import se.samsyn.incident.domain.PartOfDay;
import se.samsyn.incident.domain.PlaceType;
import se.samsyn.incident.domain.PoliceNotified;
import se.samsyn.incident.domain.TimeAccuracy;

/** One observation on the report form. */
public class ObservationForm {

    private @Nullable Double lat;
    private @Nullable Double lon;
    private @Nullable String placeText;
    private @Nullable PlaceType placeType = PlaceType.OUTDOOR_PUBLIC;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate date = LocalDate.now(se.samsyn.incident.domain.Occurrence.ZONE);
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime time;
    private @Nullable TimeAccuracy accuracy = TimeAccuracy.DAY;
    private @Nullable PartOfDay partOfDay;
    private List<UUID> categoryIds = new ArrayList<>();
    private @Nullable String description;
    private @Nullable Assessment assessment;
    private @Nullable Integer personsCount;
    private @Nullable AgeGroup ageGroup;
    private @Nullable PoliceNotified policeNotified = PoliceNotified.NO;
    private List<OtherParty> othersNotified = new ArrayList<>();

    private List<MultipartFile> photos = new ArrayList<>();

    NewObservation toObservation() {
        List<byte[]> photoBytes = new ArrayList<>();
        for (var photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (photo != null && !photo.isEmpty()) {
                try {
                    photoBytes.add(photo.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new NewObservation(lat, lon, placeText, placeType, date, time, accuracy, partOfDay,
                categoryIds == null ? List.of() : categoryIds, description, assessment, personsCount, ageGroup,
                policeNotified,
                othersNotified == null || othersNotified.isEmpty() ? EnumSet.noneOf(OtherParty.class) : EnumSet.copyOf(othersNotified),
                photoBytes);
    }

    boolean hasPhotos() {
        return photos != null && photos.stream().anyMatch(p -> p != null && !p.isEmpty());
    }

    public List<MultipartFile> getPhotos() { return photos; }
    public void setPhotos(List<MultipartFile> photos) { this.photos = photos; }

    public @Nullable Double getLat() { return lat; }
    public void setLat(@Nullable Double lat) { this.lat = lat; }
    public @Nullable Double getLon() { return lon; }
    public void setLon(@Nullable Double lon) { this.lon = lon; }
    public @Nullable String getPlaceText() { return placeText; }
    public void setPlaceText(@Nullable String placeText) { this.placeText = placeText; }
    public @Nullable PlaceType getPlaceType() { return placeType; }
    public void setPlaceType(@Nullable PlaceType placeType) { this.placeType = placeType; }
    public @Nullable LocalDate getDate() { return date; }
    public void setDate(@Nullable LocalDate date) { this.date = date; }
    public @Nullable LocalTime getTime() { return time; }
    public void setTime(@Nullable LocalTime time) { this.time = time; }
    public @Nullable TimeAccuracy getAccuracy() { return accuracy; }
    public void setAccuracy(@Nullable TimeAccuracy accuracy) { this.accuracy = accuracy; }
    public @Nullable PartOfDay getPartOfDay() { return partOfDay; }
    public void setPartOfDay(@Nullable PartOfDay partOfDay) { this.partOfDay = partOfDay; }
    public List<UUID> getCategoryIds() { return categoryIds; }
    public void setCategoryIds(List<UUID> categoryIds) { this.categoryIds = categoryIds; }
    public @Nullable String getDescription() { return description; }
    public void setDescription(@Nullable String description) { this.description = description; }
    public @Nullable Assessment getAssessment() { return assessment; }
    public void setAssessment(@Nullable Assessment assessment) { this.assessment = assessment; }
    public @Nullable Integer getPersonsCount() { return personsCount; }
    public void setPersonsCount(@Nullable Integer personsCount) { this.personsCount = personsCount; }
    public @Nullable AgeGroup getAgeGroup() { return ageGroup; }
    public void setAgeGroup(@Nullable AgeGroup ageGroup) { this.ageGroup = ageGroup; }
    public @Nullable PoliceNotified getPoliceNotified() { return policeNotified; }
    public void setPoliceNotified(@Nullable PoliceNotified policeNotified) { this.policeNotified = policeNotified; }
    public List<OtherParty> getOthersNotified() { return othersNotified; }
    public void setOthersNotified(List<OtherParty> othersNotified) { this.othersNotified = othersNotified; }
}
