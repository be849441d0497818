package org.prolotrack.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prolotrack.problem.Refusal;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The one place where a module's {@link Refusal} becomes HTTP: its kind gives the status, its title, detail and
 * details give the RFC 9457 problem ({@link ApiProblemHandler} answers REST calls with it); a page that a refusal
 * ends is answered with the status and the error page, as any other error of that status.
 */
@Configuration(proxyBeanMethods = false)
class RefusalProblems implements WebMvcConfigurer {

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    static ProblemDetail problem(Refusal refusal) {
        var p = ProblemDetail.forStatusAndDetail(status(refusal.kind()), refusal.detail());
        p.setTitle(refusal.title());
        refusal.details().forEach(p::setProperty);
        return p;
    }

    /** After the REST controllers' handlers, before Spring's own resolvers: a page ended by a refusal. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        int at = 0;
        for (int i = 0; i < resolvers.size(); i++) {
            if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
                at = i + 1;
            }
        }
        resolvers.add(at, RefusalProblems::page);
    }

    private static ModelAndView page(HttpServletRequest request, HttpServletResponse response, Object handler,
                                     Exception ex) {
        if (!(ex instanceof Refusal refusal)) {
            return null;
        }
        try {
            response.sendError(status(refusal.kind()).value());
        } catch (java.io.IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
