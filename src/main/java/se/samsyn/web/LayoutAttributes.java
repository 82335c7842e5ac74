package se.samsyn.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samsyn.demo.DemoApi;
import se.samsyn.shared.Actor;
import se.samsyn.shared.Actors;

/** Puts what the layout needs on every page: the acting user and whether this is a demo instance. */
@ControllerAdvice
class LayoutAttributes {

    record MapSettings(String tileUrl, String attribution) {}

    private final DemoApi demo;
    private final MapSettings map;

    LayoutAttributes(DemoApi demo, @Value("${samsyn.web.map.tile-url:}") String tileUrl,
            @Value("${samsyn.web.map.attribution:}") String attribution) {
        this.demo = demo;
        this.map = new MapSettings(tileUrl, attribution);
    }

    @ModelAttribute("mapSettings")
    MapSettings mapSettings() {
        return map;
    }

    @ModelAttribute("actor")
    @Nullable Actor actor() {
        return Actors.find().orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo.active();
    }
}
