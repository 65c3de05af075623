(module
  (type (;0;) (func))
  (type (;1;) (func (param i32 i32 i32)))
  (func $twist (type 0)
    (local $ptr i32) (local $count i32) (local $y v128) (local $t v128)
    i32.const 0
    local.set $ptr
    i32.const 57
    local.set $count
    loop  ;; label = @1
      i32.const 0
      i32.const 0
      v128.load32_zero
      v128.store32_lane offset=2496 0
      local.get $ptr
      v128.load
      v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
      v128.and
      local.get $ptr
      v128.load offset=4
      v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
      v128.and
      v128.or
      local.set $y
      local.get $ptr
      local.get $ptr
      v128.load offset=1588
      local.get $y
      i32.const 1
      i32x4.shr_u
      v128.xor
      local.get $y
      i32.const 31
      i32x4.shl
      i32.const 31
      i32x4.shr_s
      v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df
      v128.and
      v128.xor
      v128.store
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end
    i32.const 4
    local.set $ptr
    i32.const 99
    local.set $count
    loop  ;; label = @1
      local.get $ptr
      v128.load offset=908
      v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
      v128.and
      local.get $ptr
      v128.load offset=912
      v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
      v128.and
      v128.or
      local.set $y
      local.get $ptr
      local.get $ptr
      v128.load
      local.get $y
      i32.const 1
      i32x4.shr_u
      v128.xor
      local.get $y
      i32.const 31
      i32x4.shl
      i32.const 31
      i32x4.shr_s
      v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df
      v128.and
      v128.xor
      v128.store offset=908
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set $ptr
    i32.const 156
    local.set $count
    loop  ;; label = @1
      local.get $ptr
      v128.load
      local.set $t
      local.get $t
      local.get $t
      i32.const 11
      i32x4.shr_u
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 7
      i32x4.shl
      v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680
      v128.and
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 15
      i32x4.shl
      v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000
      v128.and
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 18
      i32x4.shr_u
      v128.xor
      local.set $t
      local.get $ptr
      local.get $t
      v128.store offset=2560
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end)
  (func $doubles (type 1) (param $src i32) (param $dst i32) (param $groups i32)
    (local $even v128) (local $odd v128)
    loop  ;; label = @1
      local.get $src
      v128.load
      local.get $src
      v128.load offset=16
      i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
      i32.const 5
      i32x4.shr_u
      local.set $even
      local.get $src
      v128.load
      local.get $src
      v128.load offset=16
      i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $odd
      local.get $dst
      local.get $even
      f64x2.convert_low_i32x4_u
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $odd
      f64x2.convert_low_i32x4_u
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store
      local.get $dst
      local.get $even
      local.get $even
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_u
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $odd
      local.get $odd
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_u
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=16
      local.get $src
      i32.const 32
      i32.add
      local.set $src
      local.get $dst
      i32.const 32
      i32.add
      local.set $dst
      local.get $groups
      i32.const -1
      i32.add
      local.set $groups
      local.get $groups
      br_if 0 (;@1;)
    end)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "twist" (func $twist))
  (export "doubles" (func $doubles)))
