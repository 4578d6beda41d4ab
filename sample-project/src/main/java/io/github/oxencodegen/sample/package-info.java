/**
 * The sample program: a WAN 2.7 reference-to-video request built, validated and printed with the
 * classes the oxen-maven-plugin generated into {@code io.github.oxencodegen.sample.oxen}, a wrong
 * one shown with its violations; with {@code --submit}, the valid one sent through Oxen's queue by the
 * generated client (events, polling as fallback, the video downloaded), and with {@code --sync} an
 * image generated synchronously.
 */
package io.github.oxencodegen.sample;
