"""Multinomial logistic regression over sparse binary features, with numpy: deterministic
(no random numbers; sums in a fixed order), for bench/train_second_opinion.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Sparse:
    """Rows of feature columns: row i holds columns[starts[i]:starts[i + 1]], each worth 1."""

    columns: Ints
    starts: Ints
    width: int
    rows: Ints  # the row of each entry of `columns`

    @classmethod
    def of(cls, rows: Sequence[Sequence[int]], width: int) -> Sparse:
        lengths = np.array([len(r) for r in rows], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        flat = np.array([c for r in rows for c in r], dtype=np.int64)
        return cls(flat, starts, width, np.repeat(np.arange(len(rows)), lengths))

    @property
    def height(self) -> int:
        return len(self.starts) - 1

    def times(self, weights: Floats) -> Floats:
        """self @ weights, (rows x kinds)."""
        picked = np.vstack([weights[self.columns], np.zeros((1, weights.shape[1]))])
        sums = np.add.reduceat(picked, self.starts[:-1], axis=0)
        sums[self.starts[:-1] == self.starts[1:]] = 0.0  # an empty row sums to nothing
        return sums  # type: ignore[no-any-return]

    def transposed_times(self, values: Floats) -> Floats:
        """self.T @ values, (width x kinds)."""
        spread = values[self.rows]
        return np.stack(
            [
                np.bincount(self.columns, weights=spread[:, k], minlength=self.width)
                for k in range(values.shape[1])
            ],
            axis=1,
        )


@dataclass(frozen=True)
class Fitted:
    weights: Floats  # width x kinds
    bias: Floats  # kinds

    def probabilities(self, x: Sparse) -> Floats:
        return softmax(x.times(self.weights) + self.bias)


def softmax(scores: Floats) -> Floats:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def fit(
    x: Sparse, y: Ints, kinds: int, l2: float = 1e-3, steps: int = 300, rate: float = 0.1
) -> Fitted:
    """Minimise the mean cross-entropy + l2/2 |W|^2 by full-batch Adam, from zero weights."""
    targets = np.zeros((x.height, kinds))
    targets[np.arange(x.height), y] = 1.0
    weights, bias = np.zeros((x.width, kinds)), np.zeros(kinds)
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros(kinds), np.zeros(kinds)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        error = (softmax(x.times(weights) + bias) - targets) / x.height
        grads = (x.transposed_times(error) + l2 * weights, error.sum(axis=0))
        for index, (param, grad) in enumerate(zip((weights, bias), grads, strict=True)):
            first, second = moments[2 * index], moments[2 * index + 1]
            first *= beta1
            first += (1 - beta1) * grad
            second *= beta2
            second += (1 - beta2) * grad * grad
            corrected = first / (1 - beta1**step)
            step_size = rate * corrected / (np.sqrt(second / (1 - beta2**step)) + eps)
            np.subtract(param, step_size, out=param)
    return Fitted(weights, bias)
