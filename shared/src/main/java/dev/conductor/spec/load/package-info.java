/**
 * Loading {@code conductor-service.json} files into {@link dev.conductor.spec.ServiceSpec}s.
 *
 * <p>Entry point: {@link dev.conductor.spec.load.ServiceFileLoader}. Each file is parsed
 * (comments and trailing commas allowed, unknown fields warned about), validated on its own
 * with problems reported at JSON pointers, has its paths made absolute against its own
 * directory, and is then merged over its {@code inherit} parents. Errors are
 * {@link dev.conductor.spec.load.ServiceFileException}s naming the file, the location and
 * the reason.
 */
package dev.conductor.spec.load;
