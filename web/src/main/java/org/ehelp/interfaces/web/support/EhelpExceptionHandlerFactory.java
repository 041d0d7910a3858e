package org.ehelp.interfaces.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Installs {@link EhelpExceptionHandler} in front of the default handler (see faces-config.xml).
 */
public class EhelpExceptionHandlerFactory extends ExceptionHandlerFactory {

  public EhelpExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new EhelpExceptionHandler(getWrapped().getExceptionHandler());
  }
}
