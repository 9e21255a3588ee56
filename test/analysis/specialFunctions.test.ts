import { describe, expect, test } from 'vitest';
import { digamma } from '../../src/lib/analysis/digamma.ts';
import { hyp2f1 } from '../../src/lib/analysis/hyp2f1.ts';
import { gammaSign, lbeta, lgamma } from '../../src/lib/analysis/lgamma.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

describe('lgamma (Lanczos)', () => {
  // Known values: Γ(1/2) = √π, Γ(n) = (n−1)!, and ln Γ(100) from A&S / Wolfram (359.1342053695753987760440105).
  test.each([
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [1, 0],
    [2, 0],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [5, Math.log(24)],
    [10, Math.log(factorial(9))],
    [100, 359.1342053695754],
    [0.1, 2.252712651734206],
    [1e-8, 18.420680738180209],
    [-0.5, Math.log(2 * Math.sqrt(Math.PI))]
  ])('ln Γ(%d)', (x, expected) => {
    expect(rel(lgamma(x), expected)).toBeLessThan(1e-13);
  });

  test.each([0.01, 0.24, 0.79, 1.3, 2.4, 7.5, 33.3, 250, 1e5])('recurrence ln Γ(x+1) = ln Γ(x) + ln x at x = %d', (x) => {
    expect(rel(lgamma(x + 1), lgamma(x) + Math.log(x))).toBeLessThan(1e-13);
  });

  test.each([0.1, 0.3, 0.45])('reflection Γ(x)Γ(1−x) = π/sin(πx) at x = %d', (x) => {
    expect(lgamma(x) + lgamma(1 - x)).toBeCloseTo(Math.log(Math.PI / Math.sin(Math.PI * x)), 13);
  });

  test('poles, the sign of Γ and ln B', () => {
    expect(lgamma(0)).toBe(Infinity);
    expect(lgamma(-3)).toBe(Infinity);
    expect([gammaSign(2.5), gammaSign(-0.5), gammaSign(-1.5), gammaSign(-2)]).toEqual([1, -1, 1, NaN]);
    expect(Math.exp(lbeta(2, 3))).toBeCloseTo(1 / 12, 14);
  });
});

describe('digamma', () => {
  const eulerGamma = 0.5772156649015329;
  test.each([
    [1, -eulerGamma],
    [0.5, -eulerGamma - 2 * Math.log(2)],
    [2, 1 - eulerGamma],
    [10, 2.251752589066721],
    [0.1, -10.42375494041108]
  ])('ψ(%d)', (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 12);
  });

  test.each([0.05, 0.7, 3.2, 41, 1e4])('ψ is the derivative of ln Γ at %d (central difference)', (x) => {
    const h = 1e-5 * Math.max(1, x);
    expect(rel(digamma(x), (lgamma(x + h) - lgamma(x - h)) / (2 * h))).toBeLessThan(1e-7);
  });
});

describe('hyp2f1', () => {
  // Closed forms (A&S 15.1.3, 15.1.8, 15.1.6 with z², 15.1.5).
  test.each([
    ['₂F₁(1, 1; 2; z) = −ln(1−z)/z', (z: number) => hyp2f1(1, 1, 2, z), (z: number) => -Math.log(1 - z) / z],
    ['₂F₁(a, b; b; z) = (1−z)^−a', (z: number) => hyp2f1(0.37, 2.2, 2.2, z), (z: number) => Math.pow(1 - z, -0.37)],
    ['₂F₁(½, ½; 3/2; z²) = arcsin z / z', (z: number) => hyp2f1(0.5, 0.5, 1.5, z * z), (z: number) => Math.asin(z) / z],
    ['₂F₁(½, 1; 3/2; −z²) = arctan z / z', (z: number) => hyp2f1(0.5, 1, 1.5, -z * z), (z: number) => Math.atan(z) / z]
  ])('%s', (_, f, g) => {
    for (const z of [0.01, 0.3, 0.5, 0.8, 0.9, 0.93, 0.97, 0.995]) expect(rel(f(z), g(z)), `z = ${z}`).toBeLessThan(1e-12);
  });

  // Across the BG/NBD range: the series and the 1 − z transformation agree, and Euler's transformation
  // ₂F₁(a, b; c; z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) (A&S 15.3.3) holds.
  test.each([
    [0.24, 2.43, 2.22, 0.6],
    [2.24, 4.43, 6.22, 0.85],
    [0.3, 1.7, 4.1, 0.95],
    [10.24, 12.4, 14.2, 0.92],
    [0.5, 0.5, 2.75, 0.99]
  ])('Euler transformation at a = %d, b = %d, c = %d, z = %d', (a, b, c, z) => {
    expect(rel(hyp2f1(a, b, c, z), Math.pow(1 - z, c - a - b) * hyp2f1(c - a, c - b, c, z))).toBeLessThan(1e-10);
  });

  test('the series alone, summed to convergence, agrees with the transformation near z = 1', () => {
    let term = 1, sum = 1;
    for (let n = 0; n < 200000; n++) {
      term *= ((0.3 + n) * (1.7 + n)) / ((4.1 + n) * (n + 1)) * 0.97;
      sum += term;
    }
    expect(rel(hyp2f1(0.3, 1.7, 4.1, 0.97), sum)).toBeLessThan(1e-12);
  });

  test('outside its domain it is NaN; z = 0 is 1', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 0)).toBe(1);
  });
});
