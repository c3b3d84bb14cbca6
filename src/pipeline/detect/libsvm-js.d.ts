// Types for libsvm-js 0.2.1 (asm.js build), which ships none: only the parts the wrapper uses.
declare module "libsvm-js/asm" {
  interface SvmOptions {
    type?: string;
    kernel?: string;
    gamma?: number;
    nu?: number;
    tolerance?: number;
    shrinking?: boolean;
    quiet?: boolean;
  }

  class SVM {
    static SVM_TYPES: { ONE_CLASS: string };
    static KERNEL_TYPES: { RBF: string };
    constructor(options: SvmOptions);
    train(samples: number[][], labels: number[]): void;
    predictOne(sample: number[]): number;
    /** The model in LIBSVM's text format (`svm_save_model`). */
    serializeModel(): string;
    free(): void;
  }

  export = SVM;
}
